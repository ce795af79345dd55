package org.mendwell.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.InvitationState;
import org.mendwell.shared.i18n.Language;

/**
 * The clinician's view of one client's record. {@code version} is the record's lock version: a status
 * change passes it back, so a change made elsewhere since this was read is refused, not overwritten.
 * {@code language} is the one the client chose on their account (their e-mails and built-in exercises come
 * in it), null until they choose.
 */
public record ClientDetails(
        UUID clientId,
        String fullName,
        String email,
        ClientStatus status,
        boolean safetyFlag,
        @Nullable Instant riskAlertAt,
        Instant since,
        @Nullable UUID partnerId,
        @Nullable String partnerName,
        @Nullable String archiveReason,
        Optional<InvitationState> invitation,
        List<StatusChange> history,
        long version,
        @Nullable Language language) {

    /**
     * One entry of the status history; the actor is described by role, as the clinician needs it: "Client",
     * "Clinician" or "Practice", a code the page words ({@code client.actor.*}).
     */
    public record StatusChange(
            @Nullable ClientStatus from,
            ClientStatus to,
            String actor,
            @Nullable String reason,
            Instant at,
            @Nullable HandedOver handover) {}

    /**
     * A handover in a history entry, by the clinicians' names as they are now (empty for one the portal no longer
     * names); the page words it in the reader's language. Null on rows stored before V38, whose reason is a sentence.
     */
    public record HandedOver(Optional<String> fromName, Optional<String> toName) {}
}
