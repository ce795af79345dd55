package org.mendwell.account;

import java.util.UUID;

/**
 * The client records' say on whether a clinician may be deactivated: the clients who would be left without
 * a clinician. Implemented where the client records live, so that accounts need not know them.
 */
public interface ClinicianDeparture {

    /** Clients of this clinician still in care (invited, in intake, waiting for review or active). */
    long clientsInCare(UUID clinicianId);
}
