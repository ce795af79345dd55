package org.mendwell.letters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in client's letters page: what they wrote (newest first), what their partner's clinician released
 * to them or keeps for a session, and, when they cannot write a letter now, why (no partner, or a safety flag).
 */
public record MyLetters(
        List<Written> written, List<ToMe> toMe, @Nullable String cannotWrite) {

    public record Written(UUID letterId, LetterKind kind, LetterStatus status, Instant savedAt, boolean withdrawn) {}

    /**
     * A letter to the client. For one kept for the session only the fact is told: no kind, no words, {@code
     * readable} false.
     */
    public record ToMe(
            UUID letterId, String fromName, @Nullable LetterKind kind, boolean readable, Instant at) {}
}
