package org.mendwell.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client's couple link as their clinician sees it: the partner now (if any), every ending and re-linking
 * with its reason, and a proposal to link again that waits for the partners' consent.
 */
public record CoupleLink(
        UUID clientId,
        @Nullable UUID partnerId,
        @Nullable String partnerName,
        List<Change> history,
        @Nullable Proposal proposal,
        List<FormerPartner> formerPartners) {

    /**
     * One ending (with its kind and the clinician's reason), one re-linking or one declined proposal to link again,
     * in time order.
     *
     * @param declinedBy the name of the partner who said no, for a declined proposal; null otherwise
     */
    public record Change(
            Kind kind,
            String partnerName,
            @Nullable String reason,
            Instant at,
            @Nullable String declinedBy) {}

    /** A proposal to link again: who still has to confirm, and the clinician's reason if the link ended for safety. */
    public record Proposal(
            UUID proposalId,
            UUID partnerId,
            String partnerName,
            boolean clientConsented,
            boolean partnerConsented,
            @Nullable String safetyReason) {}

    /**
     * A client this client was linked with before, who has no partner now: one a clinician may propose again.
     *
     * @param safetyEnding the clinician's reason when their last link ended for safety (proposing again then needs a
     *                     written reason); null when it ended in a separation
     */
    public record FormerPartner(
            UUID clientId, String fullName, @Nullable String safetyEnding) {}

    public enum Kind {
        ENDED_SEPARATION,
        ENDED_SAFETY,
        LINKED_AGAIN,
        /** One partner said no to the clinician's proposal to link again: for the clinician only. */
        RELINK_DECLINED;

        public boolean ending() {
            return this == ENDED_SEPARATION || this == ENDED_SAFETY;
        }
    }
}
