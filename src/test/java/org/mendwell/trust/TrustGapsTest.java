package org.mendwell.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trust gap's rules on hand-made days: missing days, rolling gaps, the threshold run, and "stopped". */
class TrustGapsTest {

    private static final LocalDate D = LocalDate.of(2027, 3, 10);

    private static Map<LocalDate, Integer> values(int... byDay) {
        // byDay[i] is the value on D-(n-1-i); -1 means no check-in that day.
        Map<LocalDate, Integer> map = new HashMap<>();
        for (int i = 0; i < byDay.length; i++) {
            if (byDay[i] >= 0) {
                map.put(D.minusDays(byDay.length - 1L - i), byDay[i]);
            }
        }
        return map;
    }

    @Test
    void a_day_either_partner_missed_has_no_gap_and_is_not_a_zero() {
        var days = TrustGaps.days(values(5, -1, 7), values(2, 4, -1), D.minusDays(2), D);

        assertThat(days).extracting(GapDay::gap).containsExactly(3, null, null);
        assertThat(days).extracting(GapDay::first).containsExactly(5, null, 7);
    }

    @Test
    void the_rolling_gap_is_the_mean_of_the_measured_gaps_in_the_last_seven_days() {
        // Gaps 4, (missing), 1, over three days; the missing day is left out, not counted as 0.
        var days = TrustGaps.days(values(8, -1, 5), values(4, 6, 4), D.minusDays(2), D);

        assertThat(days.getLast().rollingGap()).isEqualTo(2.5);
        assertThat(days.get(1).rollingGap()).isEqualTo(4.0);
    }

    @Test
    void the_rolling_gap_forgets_a_gap_eight_days_back() {
        var first = values(10, -1, -1, -1, -1, -1, -1, 5);
        var second = values(0, -1, -1, -1, -1, -1, -1, 5);

        assertThat(TrustGaps.rollingGap(first, second, D)).isEqualTo(0.0);
        assertThat(TrustGaps.rollingGap(first, second, D.minusDays(1))).isEqualTo(10.0);
    }

    @Test
    void three_days_in_a_row_above_the_threshold_need_attention() {
        var days = TrustGaps.days(values(9, 9, 9), values(2, 3, 4), D.minusDays(2), D);

        assertThat(TrustGaps.aboveThreshold(days, 3, D)).contains(D);
    }

    @Test
    void a_gap_equal_to_the_threshold_is_not_above_it() {
        var days = TrustGaps.days(values(9, 9, 9), values(2, 3, 6), D.minusDays(2), D);

        assertThat(TrustGaps.aboveThreshold(days, 3, D)).isEmpty();
    }

    @Test
    void a_missed_day_breaks_the_run_above_the_threshold() {
        var days = TrustGaps.days(values(9, 9, -1, 9), values(2, 2, 2, 2), D.minusDays(3), D);

        assertThat(TrustGaps.aboveThreshold(days, 3, D)).isEmpty();
    }

    @Test
    void a_run_older_than_seven_days_no_longer_counts() {
        var days = TrustGaps.days(
                values(9, 9, 9, 5, 5, 5, 5, 5, 5, 5), values(1, 1, 1, 5, 5, 5, 5, 5, 5, 5), D.minusDays(9), D);

        assertThat(TrustGaps.aboveThreshold(days, 3, D)).isEmpty();
        assertThat(TrustGaps.aboveThreshold(days, 3, D.minusDays(6))).contains(D.minusDays(7));
    }

    @Test
    void a_partner_silent_for_three_days_while_the_other_goes_on_has_stopped() {
        Set<LocalDate> quiet = Set.of(D.minusDays(5), D.minusDays(6));
        Set<LocalDate> other = Set.of(D.minusDays(1), D.minusDays(3));

        assertThat(TrustGaps.stopped(quiet, D, other, D)).isTrue();
    }

    @Test
    void two_silent_days_are_not_stopping() {
        Set<LocalDate> quiet = Set.of(D.minusDays(3));
        Set<LocalDate> other = Set.of(D.minusDays(1), D.minusDays(2), D.minusDays(3));

        assertThat(TrustGaps.stopped(quiet, D, other, D)).isFalse();
    }

    @Test
    void a_check_in_today_ends_the_silence() {
        Set<LocalDate> quiet = Set.of(D, D.minusDays(6));
        Set<LocalDate> other = Set.of(D.minusDays(1), D.minusDays(2));

        assertThat(TrustGaps.stopped(quiet, D, other, D)).isFalse();
    }

    @Test
    void both_silent_is_not_one_partner_stopping() {
        Set<LocalDate> quiet = Set.of(D.minusDays(6));
        Set<LocalDate> other = Set.of(D.minusDays(2), D.minusDays(7));

        assertThat(TrustGaps.stopped(quiet, D, other, D)).isFalse();
    }

    @Test
    void someone_who_never_checked_in_has_not_stopped() {
        assertThat(TrustGaps.stopped(Set.of(), D, Set.of(D.minusDays(1), D.minusDays(2)), D))
                .isFalse();
    }

    @Test
    void each_partner_is_judged_on_their_own_calendar_across_time_zones() {
        // 11:30 UTC on 10 March: already the 11th in Auckland, still the 10th in Los Angeles.
        Instant now = Instant.parse("2027-03-10T11:30:00Z");
        LocalDate aucklandToday = now.atZone(ZoneId.of("Pacific/Auckland")).toLocalDate();
        LocalDate losAngelesToday = now.atZone(ZoneId.of("America/Los_Angeles")).toLocalDate();
        assertThat(aucklandToday).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(losAngelesToday).isEqualTo(LocalDate.of(2027, 3, 10));
        // The Auckland partner checked in on their 10 March; the other checked in on their 8th and 9th.
        Set<LocalDate> auckland = Set.of(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 1));
        Set<LocalDate> losAngeles =
                Set.of(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 1));

        // Los Angeles checked in on their 9th, yesterday for them: not stopped.
        assertThat(TrustGaps.stopped(losAngeles, losAngelesToday, auckland, aucklandToday))
                .isFalse();
        // Auckland's last check-in was yesterday on their own calendar: not stopped, though it is two UTC days back.
        assertThat(TrustGaps.stopped(auckland, aucklandToday, losAngeles, losAngelesToday))
                .isFalse();
        // Auckland has stopped only once their own 14th comes (their 11th, 12th, 13th silent and the 14th begun).
        assertThat(TrustGaps.stopped(auckland, LocalDate.of(2027, 3, 14), losAngeles, LocalDate.of(2027, 3, 10)))
                .isTrue();
        assertThat(TrustGaps.stopped(auckland, LocalDate.of(2027, 3, 13), losAngeles, LocalDate.of(2027, 3, 10)))
                .isFalse();
    }

    @Test
    void days_cover_the_whole_range_even_when_nobody_checked_in() {
        assertThat(TrustGaps.days(Map.of(), Map.of(), D.minusDays(27), D))
                .hasSize(28)
                .allSatisfy(day -> assertThat(day.rollingGap()).isNull());
    }
}
