package org.mendwell.audit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a summary of anonymous refusals counted ({@link AnonymousFailures}), stored in the entry's operation as
 * plain fields rather than an English sentence: {@code InvitationService.open|75|3|60} (75 times, from 3
 * addresses, in 60 seconds; {@code 1000+} when there were more addresses than are kept). The audit view words it in
 * the reader's language; summaries stored as sentences before (December 2026) are shown as stored.
 */
public record RefusalSummary(String operation, long times, int addresses, boolean moreAddresses, long seconds) {

    private static final Pattern STORED = Pattern.compile("(.+)\\|(\\d+)\\|(\\d+)(\\+?)\\|(\\d+)");

    /** As stored in the trail: the same in every language. */
    public String stored() {
        return operation + "|" + times + "|" + addresses + (moreAddresses ? "+" : "") + "|" + seconds;
    }

    /** The fields of a stored summary; empty for anything else, such as a summary stored as a sentence. */
    public static Optional<RefusalSummary> of(String stored) {
        var match = STORED.matcher(stored);
        if (!match.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RefusalSummary(
                match.group(1),
                Long.parseLong(match.group(2)),
                Integer.parseInt(match.group(3)),
                !match.group(4).isEmpty(),
                Long.parseLong(match.group(5))));
    }
}
