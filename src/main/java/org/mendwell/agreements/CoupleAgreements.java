package org.mendwell.agreements;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client's agreements and their partner's, for the clinician's client page.
 *
 * @param safetyReasonNeeded the case has a safety flag: a new agreement needs a written reason
 */
public record CoupleAgreements(
        UUID clientId,
        String clientName,
        @Nullable UUID partnerId,
        @Nullable String partnerName,
        boolean safetyReasonNeeded,
        List<AgreementProgress> agreements) {}
