package org.mendwell.letters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A letter the clinician released to the signed-in client, read-only, with the replies under it. */
public record ReceivedLetter(
        UUID letterId,
        String fromName,
        LetterKind kind,
        String body,
        Instant releasedAt,
        List<LetterMessage> replies) {}
