package org.mendwell.letters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of the signed-in client's own letters, as they write or reread it; {@code version} is what a page editing it
 * rests on ({@link DraftBasis}).
 */
public record OwnLetter(
        UUID letterId,
        LetterKind kind,
        LetterStatus status,
        String body,
        String recipientName,
        @Nullable String clinicianComment,
        Instant savedAt,
        boolean withdrawn,
        List<LetterMessage> replies,
        long version) {

    public boolean editable() {
        return status.editable() && !withdrawn;
    }
}
