package org.mendwell.client;

/**
 * A client whose risk alert no clinician can see: their clinician's account is deactivated or locked.
 * Names only, for the administrator, who hands the client to an active colleague.
 */
public record UnattendedRiskAlert(String clientName, String formerClinicianName) {}
