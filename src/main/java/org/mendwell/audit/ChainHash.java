package org.mendwell.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** SHA-256 over the previous entry's hash and every field of this one, in a fixed order. */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    static String of(
            String previousHash,
            long seq,
            java.time.Instant occurredAt,
            @Nullable UUID actorId,
            @Nullable String actorEmail,
            @Nullable String actorRole,
            AuditAction action,
            String operation,
            @Nullable String recordType,
            @Nullable UUID recordId,
            @Nullable UUID clientId,
            @Nullable String remoteAddress) {
        // The unit separator cannot occur in any field, so no two different entries hash the same text.
        String text = String.join(
                "\u001f",
                previousHash,
                Long.toString(seq),
                occurredAt.toString(),
                text(actorId),
                text(actorEmail),
                text(actorRole),
                action.name(),
                operation,
                text(recordType),
                text(recordId),
                text(clientId),
                text(remoteAddress));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }

    static String of(AuditEntry entry) {
        return of(
                entry.previousHash(),
                entry.seq(),
                entry.occurredAt(),
                entry.actorId(),
                entry.actorEmail(),
                entry.actorRole(),
                entry.action(),
                entry.operation(),
                entry.recordType(),
                entry.recordId(),
                entry.clientId(),
                entry.remoteAddress());
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
