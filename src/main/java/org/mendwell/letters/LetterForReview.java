package org.mendwell.letters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A letter as the clinician sees it. The words are there once submitted; while the writer reworks a returned
 * letter the clinician sees only their own comment, since a draft is the writer's own.
 */
public record LetterForReview(
        UUID letterId,
        String authorName,
        String recipientName,
        LetterKind kind,
        LetterStatus status,
        @Nullable String body,
        @Nullable String clinicianComment,
        @Nullable Instant submittedAt,
        @Nullable Instant decidedAt,
        boolean withdrawn,
        List<LetterMessage> replies) {}
