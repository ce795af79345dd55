package org.mendwell.trust;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why a couple needs their clinician's attention.
 *
 * @param kind      which of the two rules
 * @param who       the partner who stopped checking in (STOPPED_CHECKING_IN), otherwise null
 * @param scale     the scale whose gap stayed above the threshold (GAP_ABOVE_THRESHOLD), otherwise null
 * @param lastDay   the last day the rule saw
 */
public record AttentionReason(
        Kind kind, @Nullable String who, @Nullable String scale, LocalDate lastDay) {

    public enum Kind {
        /** The gap on one scale was above the couple's threshold on 3 days in a row within the last 7 days. */
        GAP_ABOVE_THRESHOLD,
        /** One partner has not checked in on any of their last 3 days while the other checked in on 2 of theirs. */
        STOPPED_CHECKING_IN
    }
}
