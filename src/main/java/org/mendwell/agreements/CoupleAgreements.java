package org.mendwell.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client's agreements and their partner's, for the clinician's client page.
 *
 * @param safetyReasonNeeded the case has a safety flag: a new agreement needs a written reason
 * @param clientToday        today on the client's own calendar (their intake's zone, else the practice's): the
 *                           earliest start a new agreement may have, and the form's default
 */
public record CoupleAgreements(
        UUID clientId,
        String clientName,
        @Nullable UUID partnerId,
        @Nullable String partnerName,
        boolean safetyReasonNeeded,
        LocalDate clientToday,
        List<AgreementProgress> agreements) {}
