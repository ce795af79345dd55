package org.mendwell.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator narrowed the trail to; every part is optional. From and To are whole days on the
 * reader's calendar ({@code zone}: the administrator's own, so that "5 December" is their 5 December).
 */
public record AuditFilter(
        String user,
        @Nullable UUID clientId,
        @Nullable AuditAction action,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        ZoneId zone) {

    public static final AuditFilter NONE = new AuditFilter("", null, null, null, null);

    /** Days in UTC, for callers (tests, tools) that give no reader. */
    public AuditFilter(
            String user,
            @Nullable UUID clientId,
            @Nullable AuditAction action,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        this(user, clientId, action, from, to, ZoneOffset.UTC);
    }

    /** The first moment of the From day where the reader is. */
    public @Nullable Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the To day where the reader is. */
    public @Nullable Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
