package org.mendwell.triggers;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The client's trend in plain words: hard moments in their last 7 days against the same 7 days three weeks
 * earlier, on their own calendar. With nothing logged as far back as then there is nothing to compare yet.
 */
public record TriggerTrend(Direction direction, int thisWeek, int threeWeeksAgo) {

    public enum Direction {
        FEWER,
        ABOUT_THE_SAME,
        MORE,
        NOT_ENOUGH_YET
    }

    /** Days in each window, today included in the recent one. */
    static final int WINDOW = 7;

    /** How far back the earlier window starts its days: three weeks before the recent one. */
    static final int WEEKS_BACK = 3;

    /** @param days the client's day of each logged moment; {@code firstDay} the log's first day in use */
    static TriggerTrend of(Collection<LocalDate> days, LocalDate today, LocalDate firstDay) {
        LocalDate recentFrom = today.minusDays(WINDOW - 1L);
        LocalDate earlierTo = today.minusWeeks(WEEKS_BACK);
        LocalDate earlierFrom = earlierTo.minusDays(WINDOW - 1L);
        int recent = 0;
        int earlier = 0;
        for (LocalDate day : days) {
            if (!day.isBefore(recentFrom) && !day.isAfter(today)) {
                recent++;
            } else if (!day.isBefore(earlierFrom) && !day.isAfter(earlierTo)) {
                earlier++;
            }
        }
        if (firstDay.isAfter(earlierFrom)) {
            return new TriggerTrend(Direction.NOT_ENOUGH_YET, recent, earlier);
        }
        Direction direction =
                recent < earlier ? Direction.FEWER : recent > earlier ? Direction.MORE : Direction.ABOUT_THE_SAME;
        return new TriggerTrend(direction, recent, earlier);
    }
}
