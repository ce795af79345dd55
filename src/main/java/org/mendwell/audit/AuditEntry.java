package org.mendwell.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail: who (account, e-mail, role), did what (action and the service operation),
 * to which record (its kind, id, and the client it belongs to), when, and from which address. The
 * sequence number and hashes chain it to the line before.
 */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        @Nullable UUID actorId,
        @Nullable String actorEmail,
        @Nullable String actorRole,
        AuditAction action,
        String operation,
        @Nullable String recordType,
        @Nullable UUID recordId,
        @Nullable UUID clientId,
        @Nullable String remoteAddress,
        String previousHash,
        String hash) {}
