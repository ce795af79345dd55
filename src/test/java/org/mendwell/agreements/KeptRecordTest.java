package org.mendwell.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one definition of due days, kept rate and run: across zones, daylight-saving changes and days not marked. */
class KeptRecordTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final PromiseSchedule DAILY = new PromiseSchedule(Frequency.DAILY, Set.of(), MONDAY, null);

    @Test
    void a_day_not_marked_is_neither_kept_nor_failed_it_leaves_the_rate_and_the_run_alone() {
        Map<LocalDate, Outcome> marks = new HashMap<>();
        marks.put(MONDAY, Outcome.KEPT);
        marks.put(MONDAY.plusDays(1), Outcome.KEPT);
        // Wednesday not marked
        marks.put(MONDAY.plusDays(3), Outcome.KEPT);

        KeptRecord record = KeptRecord.of(DAILY, marks, MONDAY.plusDays(3), 4);

        assertThat(record.kept()).isEqualTo(3);
        assertThat(record.run()).isEqualTo(3);
        KeptRecord.Week week = record.weeks().getLast();
        assertThat(week.due()).isEqualTo(4);
        assertThat(week.unmarked()).isEqualTo(1);
        assertThat(week.keptPercent()).isEqualTo(100);
    }

    @Test
    void partly_and_not_this_time_end_the_run_and_count_as_marked_but_not_kept() {
        Map<LocalDate, Outcome> marks = new HashMap<>();
        marks.put(MONDAY, Outcome.KEPT);
        marks.put(MONDAY.plusDays(1), Outcome.NOT_THIS_TIME);
        marks.put(MONDAY.plusDays(2), Outcome.KEPT);
        marks.put(MONDAY.plusDays(3), Outcome.PARTLY);
        marks.put(MONDAY.plusDays(4), Outcome.KEPT);

        KeptRecord record = KeptRecord.of(DAILY, marks, MONDAY.plusDays(4), 4);

        assertThat(record.run()).isEqualTo(1);
        assertThat(record.kept()).isEqualTo(3);
        KeptRecord.Week week = record.weeks().getLast();
        assertThat(week.kept()).isEqualTo(3);
        assertThat(week.partly()).isEqualTo(1);
        assertThat(week.notThisTime()).isEqualTo(1);
        assertThat(week.keptPercent()).isEqualTo(60);
    }

    @Test
    void a_week_with_nothing_marked_has_no_rate_rather_than_zero() {
        KeptRecord record = KeptRecord.of(DAILY, Map.of(), MONDAY.plusDays(6), 4);

        assertThat(record.weeks()).hasSize(1);
        assertThat(record.weeks().getFirst().due()).isEqualTo(7);
        assertThat(record.weeks().getFirst().keptPercent()).isNull();
        assertThat(record.run()).isZero();
    }

    @Test
    void today_not_yet_marked_is_still_open_and_only_the_last_week_can_be_marked() {
        Map<LocalDate, Outcome> marks = new HashMap<>();
        marks.put(MONDAY.plusDays(9), Outcome.KEPT);

        KeptRecord record = KeptRecord.of(DAILY, marks, MONDAY.plusDays(10), 4);

        assertThat(record.run()).isEqualTo(1);
        assertThat(record.toMark()).first().isEqualTo(MONDAY.plusDays(10)); // today first
        assertThat(record.toMark()).hasSize(KeptRecord.MARKABLE_DAYS - 1).doesNotContain(MONDAY.plusDays(9));
        assertThat(record.toMark().getLast()).isEqualTo(MONDAY.plusDays(4));
    }

    @Test
    void chosen_weekdays_and_weekly_promises_are_due_only_on_their_days_and_not_after_the_end() {
        var weekdays = new PromiseSchedule(
                Frequency.WEEKDAYS, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), MONDAY, MONDAY.plusDays(10));
        var weekly = new PromiseSchedule(Frequency.WEEKLY, Set.of(), MONDAY.plusDays(2), null);

        assertThat(weekdays.dueDays(MONDAY.minusDays(3), MONDAY.plusDays(20)))
                .containsExactly(MONDAY, MONDAY.plusDays(3), MONDAY.plusDays(7), MONDAY.plusDays(10));
        assertThat(weekly.dueDays(MONDAY, MONDAY.plusDays(20)))
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(9), MONDAY.plusDays(16));
    }

    @Test
    void due_days_are_the_promisers_own_dates_so_one_moment_is_a_different_day_in_auckland_and_los_angeles() {
        Instant moment = Instant.parse("2026-11-04T20:00:00Z"); // Thursday morning in Auckland, Wednesday noon in LA
        LocalDate auckland = moment.atZone(ZoneId.of("Pacific/Auckland")).toLocalDate();
        LocalDate losAngeles = moment.atZone(ZoneId.of("America/Los_Angeles")).toLocalDate();
        Map<LocalDate, Outcome> keptWednesday = Map.of(MONDAY.plusDays(2), Outcome.KEPT);

        KeptRecord inAuckland = KeptRecord.of(DAILY, keptWednesday, auckland, 4);
        KeptRecord inLosAngeles = KeptRecord.of(DAILY, keptWednesday, losAngeles, 4);

        assertThat(inAuckland.toMark()).first().isEqualTo(MONDAY.plusDays(3));
        assertThat(inLosAngeles.toMark()).doesNotContain(MONDAY.plusDays(3));
        assertThat(inAuckland.run()).isEqualTo(inLosAngeles.run()).isEqualTo(1);
    }

    @Test
    void a_daylight_saving_change_neither_adds_nor_drops_a_due_day() {
        // Europe/London falls back on Sunday 25 October 2026: that day has 25 hours, and is still one day.
        LocalDate start = LocalDate.of(2026, 10, 19);
        var daily = new PromiseSchedule(Frequency.DAILY, Set.of(), start, null);
        Map<LocalDate, Outcome> everyDay = new HashMap<>();
        daily.dueDays(start, start.plusDays(13)).forEach(day -> everyDay.put(day, Outcome.KEPT));

        KeptRecord record = KeptRecord.of(daily, everyDay, start.plusDays(13), 4);

        assertThat(record.weeks()).extracting(KeptRecord.Week::due).containsExactly(7, 7);
        assertThat(record.run()).isEqualTo(14);
    }

    @Test
    void weeks_start_on_monday_and_show_at_most_the_weeks_asked_for() {
        Map<LocalDate, Outcome> marks = Map.of(MONDAY.plusDays(40), Outcome.KEPT);

        KeptRecord record = KeptRecord.of(DAILY, marks, MONDAY.plusDays(40), 4);

        assertThat(record.weeks()).hasSize(4);
        assertThat(record.weeks()).allMatch(week -> week.monday().getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(record.weeks().getLast().monday()).isEqualTo(MONDAY.plusWeeks(5));
    }
}
