package org.mendwell.shared;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for the written reason a clinician gives to go ahead with couples work on a case with a safety flag
 * (a couples exercise, an agreement, resuming a stopped agreement, proposing to link a couple again after a link
 * ended for safety): required when the case calls for it, at most {@link #LIMIT} characters, plain text. The reason
 * is kept for the clinician and the audit trail and never shown to either partner.
 */
public final class SafetyReason {

    public static final int LIMIT = 500;

    private SafetyReason() {}

    /**
     * Checks a given reason and, when it is wrong, puts the problem under {@code field} in {@code problems}.
     *
     * @param missing what to say when a reason is needed and none was written (in the feature's own words)
     * @return the reason to keep (stripped) when one is needed, else null: a reason nobody asked for is not kept
     */
    public static @Nullable String check(
            @Nullable String given, boolean needed, String field, Map<String, String> problems, String missing) {
        String reason = given == null ? "" : given.strip();
        if (needed && reason.isEmpty()) {
            problems.put(field, missing);
        } else if (reason.length() > LIMIT) {
            problems.put(field, PlainText.overLimit(LIMIT, reason.length()));
        } else if (PlainText.problem(reason) != null) {
            problems.put(field, PlainText.unsavable());
        }
        return needed ? reason : null;
    }
}
