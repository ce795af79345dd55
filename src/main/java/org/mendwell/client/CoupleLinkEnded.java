package org.mendwell.client;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that ends a couple link. Features that show one partner anything of the
 * other's (released letters, visible agreements) withdraw it from the partner's view when they hear this;
 * what they keep for the clinician stays. Listeners must not undo the ending: it has already happened.
 */
public record CoupleLinkEnded(
        UUID clientId, UUID formerPartnerId, UUID clinicianId, CoupleLinkEnding ending, Instant endedAt) {

    /** Whether these two clients were the couple that ended, in either order. */
    public boolean concerns(UUID oneClient, UUID otherClient) {
        return (clientId.equals(oneClient) && formerPartnerId.equals(otherClient))
                || (clientId.equals(otherClient) && formerPartnerId.equals(oneClient));
    }
}
