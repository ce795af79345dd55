package org.mendwell.homework;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseSchedule.Occurrence;
import org.mendwell.homework.ExerciseTerms.Schedule;

/**
 * Due dates worked out by hand. In 2026 the UK clocks go forward on Sunday 29 March (01:00 GMT becomes
 * 02:00 BST) and back on Sunday 25 October (02:00 BST becomes 01:00 GMT), with GMT = UTC+0 and
 * BST = UTC+1; the US clocks go forward at 02:00 on Sunday 8 March and back at 02:00 on Sunday
 * 1 November (EST = UTC-5, EDT = UTC-4). Tokyo is UTC+9 all year; Sydney is UTC+10 in June.
 */
class ExerciseScheduleTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    static final LocalTime NINE_PM = LocalTime.of(21, 0);
    static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant instant(String iso) {
        return Instant.parse(iso);
    }

    private static List<LocalDate> dates(ExerciseSchedule schedule) {
        return schedule.occurrences(LONDON).stream().map(Occurrence::date).toList();
    }

    private static List<Instant> dueAt(ExerciseSchedule schedule, ZoneId zone) {
        return schedule.occurrences(zone).stream().map(Occurrence::dueAt).toList();
    }

    @Test
    void once_is_due_on_the_due_date_at_the_due_time_in_the_clients_zone() {
        var schedule = ExerciseSchedule.once(date("2026-06-10"), EIGHT_PM);

        assertThat(schedule.problems()).isEmpty();
        assertThat(schedule.occurrences(LONDON))
                .containsExactly(new Occurrence(1, date("2026-06-10"), instant("2026-06-10T19:00:00Z")));
    }

    @Test
    void once_drops_an_end_date_a_count_and_weekdays_because_it_ends_on_its_due_date() {
        var schedule = new ExerciseSchedule(
                Schedule.ONCE, date("2026-06-10"), Set.of(MONDAY), date("2026-01-01"), 0, EIGHT_PM);

        assertThat(schedule).isEqualTo(ExerciseSchedule.once(date("2026-06-10"), EIGHT_PM));
        assertThat(schedule.until()).isNull();
        assertThat(schedule.count()).isNull();
        assertThat(schedule.weekdays()).isEmpty();
        assertThat(schedule.problems()).isEmpty();
        assertThat(dates(schedule)).containsExactly(date("2026-06-10"));
    }

    @Test
    void daily_ignores_weekdays() {
        var schedule = new ExerciseSchedule(Schedule.DAILY, date("2026-06-10"), Set.of(MONDAY), null, 3, EIGHT_PM);

        assertThat(schedule.weekdays()).isEmpty();
        assertThat(dates(schedule)).containsExactly(date("2026-06-10"), date("2026-06-11"), date("2026-06-12"));
    }

    @Test
    void daily_in_london_is_an_hour_earlier_in_utc_from_the_day_the_clocks_go_forward() {
        var schedule = ExerciseSchedule.daily(date("2026-03-27"), null, 5, NINE_PM);

        assertThat(schedule.occurrences(LONDON))
                .containsExactly(
                        new Occurrence(1, date("2026-03-27"), instant("2026-03-27T21:00:00Z")),
                        new Occurrence(2, date("2026-03-28"), instant("2026-03-28T21:00:00Z")),
                        new Occurrence(3, date("2026-03-29"), instant("2026-03-29T20:00:00Z")),
                        new Occurrence(4, date("2026-03-30"), instant("2026-03-30T20:00:00Z")),
                        new Occurrence(5, date("2026-03-31"), instant("2026-03-31T20:00:00Z")));
    }

    @Test
    void daily_in_london_is_an_hour_later_in_utc_from_the_day_the_clocks_go_back() {
        var schedule = ExerciseSchedule.daily(date("2026-10-23"), date("2026-10-26"), null, NINE_PM);

        assertThat(dueAt(schedule, LONDON))
                .containsExactly(
                        instant("2026-10-23T20:00:00Z"),
                        instant("2026-10-24T20:00:00Z"),
                        instant("2026-10-25T21:00:00Z"),
                        instant("2026-10-26T21:00:00Z"));
    }

    @Test
    void daily_in_new_york_follows_the_american_clock_changes() {
        var spring = ExerciseSchedule.daily(date("2026-03-07"), null, 3, EIGHT_PM);
        var autumn = ExerciseSchedule.daily(date("2026-10-31"), null, 3, EIGHT_PM);

        assertThat(dueAt(spring, NEW_YORK))
                .containsExactly(
                        instant("2026-03-08T01:00:00Z"),
                        instant("2026-03-09T00:00:00Z"),
                        instant("2026-03-10T00:00:00Z"));
        assertThat(dueAt(autumn, NEW_YORK))
                .containsExactly(
                        instant("2026-11-01T00:00:00Z"),
                        instant("2026-11-02T01:00:00Z"),
                        instant("2026-11-03T01:00:00Z"));
    }

    @Test
    void a_due_time_skipped_by_the_clocks_going_forward_moves_later_by_the_gap() {
        // London jumps from 01:00 GMT to 02:00 BST, New York from 02:00 EST to 03:00 EDT.
        var london = ExerciseSchedule.once(date("2026-03-29"), LocalTime.of(1, 30));
        var newYork = ExerciseSchedule.once(date("2026-03-08"), LocalTime.of(2, 30));

        assertThat(dueAt(london, LONDON)).containsExactly(instant("2026-03-29T01:30:00Z"));
        assertThat(dueAt(newYork, NEW_YORK)).containsExactly(instant("2026-03-08T07:30:00Z"));
    }

    @Test
    void half_past_two_on_the_day_london_goes_forward_is_an_ordinary_summer_time() {
        var schedule = ExerciseSchedule.once(date("2026-03-29"), LocalTime.of(2, 30));

        assertThat(dueAt(schedule, LONDON)).containsExactly(instant("2026-03-29T01:30:00Z"));
    }

    @Test
    void a_daily_due_time_in_the_gap_is_still_due_once_on_the_day_the_clocks_go_forward() {
        var schedule = ExerciseSchedule.daily(date("2026-03-28"), null, 3, LocalTime.of(1, 30));

        assertThat(schedule.occurrences(LONDON))
                .containsExactly(
                        new Occurrence(1, date("2026-03-28"), instant("2026-03-28T01:30:00Z")),
                        new Occurrence(2, date("2026-03-29"), instant("2026-03-29T01:30:00Z")),
                        new Occurrence(3, date("2026-03-30"), instant("2026-03-30T00:30:00Z")));
    }

    @Test
    void a_due_time_that_happens_twice_when_the_clocks_go_back_is_the_first_of_the_two() {
        var london = ExerciseSchedule.once(date("2026-10-25"), LocalTime.of(1, 30));
        var newYork = ExerciseSchedule.once(date("2026-11-01"), LocalTime.of(1, 30));

        assertThat(dueAt(london, LONDON)).containsExactly(instant("2026-10-25T00:30:00Z"));
        assertThat(dueAt(newYork, NEW_YORK)).containsExactly(instant("2026-11-01T05:30:00Z"));
    }

    @Test
    void the_same_schedule_is_due_on_the_same_local_dates_at_different_instants_in_different_zones() {
        var schedule = ExerciseSchedule.daily(date("2026-06-10"), null, 2, LocalTime.of(9, 0));

        assertThat(schedule.occurrences(LONDON))
                .containsExactly(
                        new Occurrence(1, date("2026-06-10"), instant("2026-06-10T08:00:00Z")),
                        new Occurrence(2, date("2026-06-11"), instant("2026-06-11T08:00:00Z")));
        assertThat(schedule.occurrences(TOKYO))
                .containsExactly(
                        new Occurrence(1, date("2026-06-10"), instant("2026-06-10T00:00:00Z")),
                        new Occurrence(2, date("2026-06-11"), instant("2026-06-11T00:00:00Z")));
        assertThat(schedule.occurrences(SYDNEY))
                .containsExactly(
                        new Occurrence(1, date("2026-06-10"), instant("2026-06-09T23:00:00Z")),
                        new Occurrence(2, date("2026-06-11"), instant("2026-06-10T23:00:00Z")));
    }

    @Test
    void weekly_starts_on_the_first_chosen_weekday_on_or_after_the_start() {
        var schedule =
                ExerciseSchedule.weekly(date("2026-06-10"), Set.of(MONDAY, THURSDAY), null, 4, LocalTime.of(18, 0));

        assertThat(schedule.occurrences(LONDON))
                .containsExactly(
                        new Occurrence(1, date("2026-06-11"), instant("2026-06-11T17:00:00Z")),
                        new Occurrence(2, date("2026-06-15"), instant("2026-06-15T17:00:00Z")),
                        new Occurrence(3, date("2026-06-18"), instant("2026-06-18T17:00:00Z")),
                        new Occurrence(4, date("2026-06-22"), instant("2026-06-22T17:00:00Z")));
    }

    @Test
    void weekly_counts_the_start_when_it_is_a_chosen_weekday() {
        var schedule = ExerciseSchedule.weekly(date("2026-06-15"), Set.of(MONDAY), null, 2, EIGHT_PM);

        assertThat(dates(schedule)).containsExactly(date("2026-06-15"), date("2026-06-22"));
    }

    @Test
    void weekly_runs_up_to_and_including_the_end_date() {
        var toMonday = ExerciseSchedule.weekly(
                date("2026-06-10"), Set.of(MONDAY, THURSDAY), date("2026-06-22"), null, EIGHT_PM);
        var toSunday = ExerciseSchedule.weekly(
                date("2026-06-10"), Set.of(MONDAY, THURSDAY), date("2026-06-21"), null, EIGHT_PM);

        assertThat(dates(toMonday))
                .containsExactly(date("2026-06-11"), date("2026-06-15"), date("2026-06-18"), date("2026-06-22"));
        assertThat(dates(toSunday)).containsExactly(date("2026-06-11"), date("2026-06-15"), date("2026-06-18"));
    }

    @Test
    void with_both_an_end_date_and_a_count_the_schedule_stops_at_whichever_comes_first() {
        var countFirst =
                ExerciseSchedule.weekly(date("2026-06-10"), Set.of(MONDAY, THURSDAY), date("2026-06-22"), 2, EIGHT_PM);
        var endDateFirst =
                ExerciseSchedule.weekly(date("2026-06-10"), Set.of(MONDAY, THURSDAY), date("2026-06-18"), 10, EIGHT_PM);
        var dailyCountFirst = ExerciseSchedule.daily(date("2026-06-10"), date("2028-06-10"), 2, EIGHT_PM);

        assertThat(dates(countFirst)).containsExactly(date("2026-06-11"), date("2026-06-15"));
        assertThat(dates(endDateFirst)).containsExactly(date("2026-06-11"), date("2026-06-15"), date("2026-06-18"));
        assertThat(dailyCountFirst.problems()).isEmpty();
        assertThat(dates(dailyCountFirst)).containsExactly(date("2026-06-10"), date("2026-06-11"));
    }

    @Test
    void weekly_needs_at_least_one_day_of_the_week() {
        var schedule = ExerciseSchedule.weekly(date("2026-06-10"), Set.of(), null, 4, EIGHT_PM);

        assertThat(schedule.problems()).containsExactly(Map.entry("weekdays", "homework.schedule-rules.weekdays"));
    }

    @Test
    void a_repeating_schedule_needs_an_end_date_or_a_number_of_times() {
        var daily = ExerciseSchedule.daily(date("2026-06-10"), null, null, EIGHT_PM);
        var weekly = ExerciseSchedule.weekly(date("2026-06-10"), Set.of(MONDAY), null, null, EIGHT_PM);

        assertThat(daily.problems()).containsExactly(Map.entry("until", "homework.schedule-rules.no-end"));
        assertThat(weekly.problems()).containsExactly(Map.entry("until", "homework.schedule-rules.no-end"));
    }

    @Test
    void the_end_date_cannot_be_before_the_start_but_can_be_the_start() {
        var before = ExerciseSchedule.daily(date("2026-06-10"), date("2026-06-09"), null, EIGHT_PM);
        var sameDay = ExerciseSchedule.daily(date("2026-06-10"), date("2026-06-10"), null, EIGHT_PM);

        assertThat(before.problems()).containsExactly(Map.entry("until", "homework.schedule-rules.end-before-start"));
        assertThat(dates(sameDay)).containsExactly(date("2026-06-10"));
    }

    @Test
    void a_weekly_end_date_before_any_chosen_weekday_leaves_nothing_to_do() {
        // Wednesday 10 to Sunday 14 June holds no Monday.
        var schedule = ExerciseSchedule.weekly(date("2026-06-10"), Set.of(MONDAY), date("2026-06-14"), null, EIGHT_PM);

        assertThat(schedule.problems()).containsExactly(Map.entry("until", "homework.schedule-rules.no-day"));
    }

    @Test
    void the_number_of_times_is_from_1_to_366() {
        for (int count : new int[] {-1, 0, 367}) {
            var schedule = ExerciseSchedule.daily(date("2026-06-10"), null, count, EIGHT_PM);

            assertThat(schedule.problems())
                    .as("count " + count)
                    .containsExactly(Map.entry("count", "homework.schedule-rules.count"));
        }
        assertThat(dates(ExerciseSchedule.daily(date("2026-06-10"), null, 1, EIGHT_PM)))
                .containsExactly(date("2026-06-10"));
    }

    @Test
    void every_problem_is_reported_at_once_under_its_field() {
        var schedule = ExerciseSchedule.weekly(
                date("2026-06-10"), EnumSet.noneOf(DayOfWeek.class), date("2026-06-01"), 0, EIGHT_PM);

        assertThat(schedule.problems())
                .containsExactly(
                        Map.entry("weekdays", "homework.schedule-rules.weekdays"),
                        Map.entry("until", "homework.schedule-rules.end-before-start"),
                        Map.entry("count", "homework.schedule-rules.count"));
    }

    @Test
    void an_invalid_schedule_has_no_occurrences() {
        var schedule = ExerciseSchedule.daily(date("2026-06-10"), null, null, EIGHT_PM);

        assertThatThrownBy(() -> schedule.occurrences(LONDON))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("homework.schedule-rules.no-end");
    }

    @Test
    void daily_can_run_366_times_and_no_more() {
        // 2026 is not a leap year, so 366 days from 1 January 2026 end on 1 January 2027.
        var byCount = ExerciseSchedule.daily(date("2026-01-01"), null, 366, EIGHT_PM);
        var byEndDate = ExerciseSchedule.daily(date("2026-01-01"), date("2027-01-01"), null, EIGHT_PM);
        var oneDayTooMany = ExerciseSchedule.daily(date("2026-01-01"), date("2027-01-02"), null, EIGHT_PM);

        var occurrences = byCount.occurrences(LONDON);
        assertThat(occurrences).hasSize(366);
        assertThat(occurrences.getFirst())
                .isEqualTo(new Occurrence(1, date("2026-01-01"), instant("2026-01-01T20:00:00Z")));
        assertThat(occurrences.getLast())
                .isEqualTo(new Occurrence(366, date("2027-01-01"), instant("2027-01-01T20:00:00Z")));
        assertThat(byEndDate.occurrences(LONDON)).isEqualTo(occurrences);
        assertThat(oneDayTooMany.problems()).containsOnlyKeys("until");
        assertThat(ExerciseSchedule.daily(date("2026-01-01"), null, 367, EIGHT_PM)
                        .problems())
                .containsOnlyKeys("count");
    }

    @Test
    void an_end_date_two_years_away_is_refused_when_it_means_more_than_366_times() {
        var daily = ExerciseSchedule.daily(date("2026-06-10"), date("2028-06-10"), null, EIGHT_PM);
        var everyDayOfTheWeek = ExerciseSchedule.weekly(
                date("2026-06-10"), EnumSet.allOf(DayOfWeek.class), date("2028-06-10"), null, EIGHT_PM);
        var farFuture = ExerciseSchedule.daily(date("2026-06-10"), date("9999-12-31"), null, EIGHT_PM);

        var message = "homework.schedule-rules.too-many";
        assertThat(daily.problems()).containsExactly(Map.entry("until", message));
        assertThat(everyDayOfTheWeek.problems()).containsExactly(Map.entry("until", message));
        assertThat(farFuture.problems()).containsExactly(Map.entry("until", message));
        assertThatThrownBy(() -> daily.occurrences(LONDON)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_weekly_schedule_may_run_longer_than_a_year_while_it_stays_within_366_times() {
        // Wednesday 10 June 2026 plus 104 weeks (728 days; 2028 is a leap year) is Wednesday 7 June 2028.
        var schedule = ExerciseSchedule.weekly(
                date("2026-06-10"), Set.of(DayOfWeek.WEDNESDAY), date("2028-06-10"), null, EIGHT_PM);

        var occurrences = schedule.occurrences(LONDON);
        assertThat(occurrences).hasSize(105);
        assertThat(occurrences.getLast())
                .isEqualTo(new Occurrence(105, date("2028-06-07"), instant("2028-06-07T19:00:00Z")));
    }

    @Test
    void a_weekly_end_date_one_week_past_the_366th_time_is_refused() {
        // The first Monday is 15 June 2026; the 366th is 365 weeks (2,555 days) later. 15 June 2026 to
        // 15 June 2033 is 2,557 days (leap days in 2028 and 2032), so the 366th Monday is 13 June 2033.
        var lastAllowed =
                ExerciseSchedule.weekly(date("2026-06-10"), Set.of(MONDAY), date("2033-06-13"), null, EIGHT_PM);
        var oneWeekLater =
                ExerciseSchedule.weekly(date("2026-06-10"), Set.of(MONDAY), date("2033-06-20"), null, EIGHT_PM);
        var farFuture = ExerciseSchedule.weekly(date("2026-06-10"), Set.of(MONDAY), date("9999-12-31"), null, EIGHT_PM);

        var occurrences = lastAllowed.occurrences(LONDON);
        assertThat(occurrences).hasSize(366);
        assertThat(occurrences.getLast().date()).isEqualTo(date("2033-06-13"));
        assertThat(oneWeekLater.problems()).containsOnlyKeys("until");
        assertThat(farFuture.problems()).containsOnlyKeys("until");
    }
}
