package org.mendwell.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the administrator narrowed the trail to; every part is optional. Dates are whole days, in UTC. */
public record AuditFilter(
        String user,
        @Nullable UUID clientId,
        @Nullable AuditAction action,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter("", null, null, null, null);
}
