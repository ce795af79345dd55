package org.mendwell.letters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One of the signed-in client's own letters, as they write or reread it. */
public record OwnLetter(
        UUID letterId,
        LetterKind kind,
        LetterStatus status,
        String body,
        String recipientName,
        @Nullable String clinicianComment,
        Instant savedAt,
        boolean withdrawn,
        List<LetterMessage> replies) {

    public boolean editable() {
        return status.editable() && !withdrawn;
    }
}
