package org.mendwell.agreements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one definition of how a promise stands, computed from its schedule, the promiser's marks and today in the
 * promiser's own time zone. A due day nobody marked is neither kept nor failed: it is left out of the kept rate
 * (kept ÷ marked) and neither extends nor breaks the run. Only a full "kept" counts as kept; "partly" and
 * "not this time" end a run. Today counts once marked; before that it is still open.
 *
 * @param kept   due days marked kept, up to today
 * @param run    kept due days in a row up to today, skipping the ones not marked
 * @param weeks  the last weeks (Monday to Sunday, in the promiser's calendar), oldest first
 * @param toMark due days of the last {@link #MARKABLE_DAYS} days not marked yet, newest first
 */
public record KeptRecord(int kept, int run, List<Week> weeks, List<LocalDate> toMark) {

    /** How far back the promiser may still mark a day: long enough for a busy week, short enough to be honest. */
    public static final int MARKABLE_DAYS = 7;

    /** One week of a promise: how many days were due, and what the promiser said about them. */
    public record Week(LocalDate monday, int due, int kept, int partly, int notThisTime) {

        public int marked() {
            return kept + partly + notThisTime;
        }

        public int unmarked() {
            return due - marked();
        }

        /** Kept days as a whole percentage of the marked ones; none when no day was marked. */
        public @Nullable Integer keptPercent() {
            return marked() == 0 ? null : Math.round(100f * kept / marked());
        }
    }

    public static KeptRecord of(
            PromiseSchedule schedule, Map<LocalDate, Outcome> marks, LocalDate today, int weeksShown) {
        List<LocalDate> due = schedule.dueDays(schedule.start(), today);
        int kept = 0;
        for (LocalDate day : due) {
            if (marks.get(day) == Outcome.KEPT) {
                kept++;
            }
        }
        int run = 0;
        for (int i = due.size() - 1; i >= 0; i--) {
            Outcome outcome = marks.get(due.get(i));
            if (outcome == Outcome.KEPT) {
                run++;
            } else if (outcome != null) {
                break;
            }
        }
        List<LocalDate> toMark = new ArrayList<>();
        for (int i = due.size() - 1; i >= 0 && due.get(i).isAfter(today.minusDays(MARKABLE_DAYS)); i--) {
            if (!marks.containsKey(due.get(i))) {
                toMark.add(due.get(i));
            }
        }
        return new KeptRecord(kept, run, weeks(schedule, marks, today, weeksShown), toMark);
    }

    private static List<Week> weeks(
            PromiseSchedule schedule, Map<LocalDate, Outcome> marks, LocalDate today, int weeksShown) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeksShown - 1L);
        LocalDate startMonday = schedule.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (startMonday.isAfter(firstMonday)) {
            firstMonday = startMonday;
        }
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(thisMonday); monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            int due = 0;
            int kept = 0;
            int partly = 0;
            int notThisTime = 0;
            for (LocalDate day : schedule.dueDays(monday, sunday.isAfter(today) ? today : sunday)) {
                due++;
                Outcome outcome = marks.get(day);
                if (outcome == Outcome.KEPT) {
                    kept++;
                } else if (outcome == Outcome.PARTLY) {
                    partly++;
                } else if (outcome == Outcome.NOT_THIS_TIME) {
                    notThisTime++;
                }
            }
            weeks.add(new Week(monday, due, kept, partly, notThisTime));
        }
        return weeks;
    }
}
