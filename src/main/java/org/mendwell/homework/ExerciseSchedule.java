package org.mendwell.homework;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Schedule;

/**
 * When an assigned exercise is due: once, daily, or on chosen weekdays, each time at the same local
 * time of day. A repeating schedule needs an end, an inclusive end date ({@code until}), a number of
 * times ({@code count}) or both, whichever comes first, so that an assignment never produces more
 * than {@link #MAX_OCCURRENCES} due dates.
 *
 * <p>The due time is wall-clock time where the client lives, so each occurrence becomes an instant
 * only once the client's time zone is known (see {@link #occurrences(ZoneId)}).
 *
 * <p>Fields that do not apply are dropped on construction, so equal schedules compare equal: a ONCE
 * schedule has no weekdays, {@code until} or {@code count} (its due date is {@code start}), and a
 * DAILY schedule has no weekdays.
 */
public record ExerciseSchedule(
        Schedule frequency,
        LocalDate start,
        Set<DayOfWeek> weekdays,
        @Nullable LocalDate until,
        @Nullable Integer count,
        LocalTime dueTime) {

    /** A year of daily exercises, leap years included. */
    public static final int MAX_OCCURRENCES = 366;

    public ExerciseSchedule {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(weekdays, "weekdays");
        Objects.requireNonNull(dueTime, "dueTime");
        var days = EnumSet.noneOf(DayOfWeek.class);
        if (frequency == Schedule.WEEKLY) {
            days.addAll(weekdays);
        }
        weekdays = Collections.unmodifiableSet(days);
        if (frequency == Schedule.ONCE) {
            until = null;
            count = null;
        }
    }

    public static ExerciseSchedule once(LocalDate dueDate, LocalTime dueTime) {
        return new ExerciseSchedule(Schedule.ONCE, dueDate, Set.of(), null, null, dueTime);
    }

    public static ExerciseSchedule daily(
            LocalDate start, @Nullable LocalDate until, @Nullable Integer count, LocalTime dueTime) {
        return new ExerciseSchedule(Schedule.DAILY, start, Set.of(), until, count, dueTime);
    }

    /** Every chosen weekday on or after {@code start}, which itself counts only if it is one of them. */
    public static ExerciseSchedule weekly(
            LocalDate start,
            Set<DayOfWeek> weekdays,
            @Nullable LocalDate until,
            @Nullable Integer count,
            LocalTime dueTime) {
        return new ExerciseSchedule(Schedule.WEEKLY, start, weekdays, until, count, dueTime);
    }

    /**
     * Problems by field name ("weekdays", "until", "count"), in that order, empty when valid. The start
     * date and due time cannot be wrong on their own: whether a start in the past is acceptable is for
     * the caller, who knows today's date. Each problem is a message key of the homework bundle (its one
     * argument is {@link #MAX_OCCURRENCES}); the service words it in the reader's language.
     */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (frequency == Schedule.ONCE) {
            return problems;
        }
        if (frequency == Schedule.WEEKLY && weekdays.isEmpty()) {
            problems.put("weekdays", "homework.schedule-rules.weekdays");
        }
        if (until == null && count == null) {
            problems.put("until", "homework.schedule-rules.no-end");
        } else if (until != null && until.isBefore(start)) {
            problems.put("until", "homework.schedule-rules.end-before-start");
        }
        if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
            problems.put("count", "homework.schedule-rules.count");
        }
        if (problems.isEmpty()) {
            int occurrences = dates().size();
            if (occurrences > MAX_OCCURRENCES) {
                problems.put("until", "homework.schedule-rules.too-many");
            } else if (occurrences == 0) {
                problems.put("until", "homework.schedule-rules.no-day");
            }
        }
        return Collections.unmodifiableMap(problems);
    }

    /**
     * Every occurrence in the client's time zone, in order. Each is due at {@link #dueTime} on its date
     * in {@code clientZone}, following {@link ZonedDateTime#of}: a time that does not exist because
     * the clocks go forward moves later by the length of the gap (02:30 in New York on the day the clocks
     * go forward becomes 03:30 EDT), and a time that happens twice because the clocks go back is the
     * first of the two (the summer-time offset).
     *
     * @throws IllegalStateException when {@link #problems()} is not empty
     */
    public List<Occurrence> occurrences(ZoneId clientZone) {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid schedule: " + problems);
        }
        var dates = dates();
        var occurrences = new ArrayList<Occurrence>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            var date = dates.get(i);
            occurrences.add(new Occurrence(
                    i + 1, date, ZonedDateTime.of(date, dueTime, clientZone).toInstant()));
        }
        return List.copyOf(occurrences);
    }

    /** One due date of the schedule, numbered from 1. */
    public record Occurrence(int number, LocalDate date, Instant dueAt) {}

    /**
     * The due dates, stopping after {@code MAX_OCCURRENCES + 1} so that an end date too far away shows
     * up without walking to it. Any 7 consecutive days hold at least one chosen weekday, so
     * {@code MAX_OCCURRENCES + 1} weeks from the start are always enough to find one too many.
     */
    private List<LocalDate> dates() {
        if (frequency == Schedule.ONCE) {
            return List.of(start);
        }
        int limit = count != null ? Math.min(count, MAX_OCCURRENCES + 1) : MAX_OCCURRENCES + 1;
        var last = start.plusWeeks(MAX_OCCURRENCES + 1).minusDays(1);
        if (until != null && until.isBefore(last)) {
            last = until;
        }
        var dates = new ArrayList<LocalDate>();
        for (var date = start; !date.isAfter(last) && dates.size() < limit; date = date.plusDays(1)) {
            if (frequency == Schedule.DAILY || weekdays.contains(date.getDayOfWeek())) {
                dates.add(date);
            }
        }
        return dates;
    }
}
