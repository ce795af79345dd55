package org.mendwell.audit;

import java.util.UUID;

/** A client the administrator can read the trail of, chosen by name; the id is what the filter uses. */
public record AuditClient(UUID id, String fullName) {}
