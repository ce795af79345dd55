package org.mendwell.account;

import java.util.UUID;

/**
 * Answers whether a client account belongs to a clinician's caseload. The client feature knows
 * caseloads and implements this; the account feature asks it before touching an invitation, so
 * the rule holds whoever calls.
 */
public interface ClientAccountOwnership {

    boolean isClientOf(UUID clinicianId, UUID clientAccountId);
}
