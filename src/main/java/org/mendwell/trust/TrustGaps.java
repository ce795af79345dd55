package org.mendwell.trust;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The trust gap's rules, in one place and without a database: the gap per day, the 7-day rolling gap, and the
 * two reasons a couple needs attention. Each partner's days are their own calendar days (their intake's zone);
 * a day without a check-in is missing, never a zero.
 */
final class TrustGaps {

    /** Days a rolling gap looks back over, today included. */
    static final int ROLLING_DAYS = 7;

    /** Days in a row the gap must stay above the threshold. */
    static final int DAYS_ABOVE = 3;

    /** A partner's days without a check-in that count as "stopped", and how many of them the other must have. */
    static final int QUIET_DAYS = 3;

    static final int OTHER_KEEPS_GOING = 2;

    /** How far back a partner must have checked in at all for silence to mean they stopped. */
    static final int EARLIER_DAYS = 28;

    private TrustGaps() {}

    /** One entry per calendar day from {@code from} to {@code to}, both included. */
    static List<GapDay> days(
            Map<LocalDate, Integer> first, Map<LocalDate, Integer> second, LocalDate from, LocalDate to) {
        List<GapDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Integer a = first.get(day);
            Integer b = second.get(day);
            days.add(new GapDay(day, a, b, gap(a, b), rollingGap(first, second, day)));
        }
        return days;
    }

    static @Nullable Integer gap(@Nullable Integer first, @Nullable Integer second) {
        return first == null || second == null ? null : Math.abs(first - second);
    }

    /** The mean of the gaps on the days both answered among this day and the six before; null when none. */
    static @Nullable Double rollingGap(Map<LocalDate, Integer> first, Map<LocalDate, Integer> second, LocalDate day) {
        int sum = 0;
        int count = 0;
        for (int back = 0; back < ROLLING_DAYS; back++) {
            Integer gap = gap(first.get(day.minusDays(back)), second.get(day.minusDays(back)));
            if (gap != null) {
                sum += gap;
                count++;
            }
        }
        return count == 0 ? null : Math.round(10.0 * sum / count) / 10.0;
    }

    /**
     * The last day on which the gap had been above the threshold for {@link #DAYS_ABOVE} calendar days in a row,
     * looking at the {@link #ROLLING_DAYS} days up to {@code lastDay}. A day either partner missed breaks the run:
     * a gap nobody measured is not a gap above the threshold.
     */
    static Optional<LocalDate> aboveThreshold(List<GapDay> days, int threshold, LocalDate lastDay) {
        LocalDate firstDay = lastDay.minusDays(ROLLING_DAYS - 1);
        int run = 0;
        LocalDate found = null;
        for (GapDay day : days) {
            if (day.day().isBefore(firstDay) || day.day().isAfter(lastDay)) {
                continue;
            }
            run = day.gap() != null && day.gap() > threshold ? run + 1 : 0;
            if (run >= DAYS_ABOVE) {
                found = day.day();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether one partner stopped checking in while the other goes on: the quiet partner checked in on none of
     * their last {@link #QUIET_DAYS} full days (yesterday and the two before) nor today (a check-in today ends it at
     * once), had checked in at some time in the {@link #EARLIER_DAYS} days before, and the other partner checked in
     * on at least {@link #OTHER_KEEPS_GOING} of their own last {@link #QUIET_DAYS} full days. Each partner's days
     * and "today" are their own.
     */
    static boolean stopped(
            Set<LocalDate> quietDays, LocalDate quietToday, Set<LocalDate> otherDays, LocalDate otherToday) {
        for (int back = 0; back <= QUIET_DAYS; back++) {
            if (quietDays.contains(quietToday.minusDays(back))) {
                return false;
            }
        }
        LocalDate beforeQuiet = quietToday.minusDays(QUIET_DAYS + 1L);
        LocalDate earliest = beforeQuiet.minusDays(EARLIER_DAYS - 1L);
        boolean checkedInBefore =
                quietDays.stream().anyMatch(day -> !day.isBefore(earliest) && !day.isAfter(beforeQuiet));
        int otherDaysIn = 0;
        for (int back = 1; back <= QUIET_DAYS; back++) {
            if (otherDays.contains(otherToday.minusDays(back))) {
                otherDaysIn++;
            }
        }
        return checkedInBefore && otherDaysIn >= OTHER_KEEPS_GOING;
    }
}
