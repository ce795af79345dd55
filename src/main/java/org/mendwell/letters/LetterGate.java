package org.mendwell.letters;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.ClientRef;
import org.mendwell.letters.domain.LetterOpening;
import org.mendwell.letters.domain.LetterOpeningRepository;
import org.mendwell.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Whether letters may pass between two partners now: they are linked, and their case has no safety flag or
 * the clinician opened letters with a written reason. The flag itself is {@link ClientRef#caseFlagged}, the one
 * rule of couples work; this adds only the letters' own opening. Every step that moves words between partners
 * (starting, submitting, releasing, replying) asks here.
 */
@Component
class LetterGate {

    private final LetterOpeningRepository openings;
    private final Messages messages;

    LetterGate(LetterOpeningRepository openings, Messages messages) {
        this.openings = openings;
        this.messages = messages;
    }

    /** Why letters between these two are closed, in the viewer's words; null when they are open. */
    @Nullable
    String closedReason(ClientRef client, @Nullable ClientRef partner) {
        if (partner == null || !partner.clientId().equals(client.partnerId())) {
            return messages.viewer("letters.closed.no-partner");
        }
        if (client.caseFlagged(partner) && opening(client, partner).isEmpty()) {
            return messages.viewer("letters.closed.safety");
        }
        return null;
    }

    Optional<LetterOpening> opening(ClientRef client, ClientRef partner) {
        return openings.openFor(client.clientId(), partner.clientId());
    }
}
