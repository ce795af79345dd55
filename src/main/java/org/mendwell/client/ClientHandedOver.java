package org.mendwell.client;

import java.util.UUID;

/** A client now has another clinician; what was given to the client follows them. Published in the change's transaction. */
public record ClientHandedOver(UUID clientId, UUID fromClinicianId, UUID toClinicianId) {}
