package org.mendwell.client;

import java.util.UUID;

/**
 * The clinician signed off the last open risk alert of this client (homework publishes it, in the same
 * transaction): the caseload's risk flag on the client's record goes.
 */
public record RiskAlertsSignedOff(UUID clientId) {}
