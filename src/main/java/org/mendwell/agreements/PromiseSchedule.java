package org.mendwell.agreements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a promise is due, in days of the promiser's own calendar (dates, not moments, so a daylight-saving
 * change or a move between zones never adds or drops a day).
 *
 * @param pauses the times the promise was stopped (a couple link ended for safety), oldest first: no day in one is
 *               due, so a stop neither leaves missed days behind nor, once resumed, back-dates any
 */
public record PromiseSchedule(
        Frequency frequency,
        Set<DayOfWeek> weekdays,
        LocalDate start,
        @Nullable LocalDate end,
        List<Pause> pauses) {

    /**
     * A stop: the days after {@code stoppedOn} (the promiser's date when it stopped; that day was still due) up to
     * the day before {@code resumedOn} are not due. Still stopped while {@code resumedOn} is null.
     */
    public record Pause(LocalDate stoppedOn, @Nullable LocalDate resumedOn) {

        boolean covers(LocalDate day) {
            return day.isAfter(stoppedOn) && (resumedOn == null || day.isBefore(resumedOn));
        }
    }

    public PromiseSchedule {
        weekdays = Set.copyOf(weekdays);
        pauses = List.copyOf(pauses);
    }

    /** A schedule that was never stopped. */
    public PromiseSchedule(Frequency frequency, Set<DayOfWeek> weekdays, LocalDate start, @Nullable LocalDate end) {
        this(frequency, weekdays, start, end, List.of());
    }

    /** The day it stopped, while it is stopped; null while it runs. */
    public @Nullable LocalDate stoppedOn() {
        return pauses.isEmpty() || pauses.getLast().resumedOn() != null
                ? null
                : pauses.getLast().stoppedOn();
    }

    public boolean dueOn(LocalDate day) {
        if (day.isBefore(start) || (end != null && day.isAfter(end))) {
            return false;
        }
        if (pauses.stream().anyMatch(pause -> pause.covers(day))) {
            return false;
        }
        return switch (frequency) {
            case DAILY -> true;
            case WEEKDAYS -> weekdays.contains(day.getDayOfWeek());
            case WEEKLY -> day.getDayOfWeek() == start.getDayOfWeek();
        };
    }

    /** The due days from {@code from} to {@code to}, both included, oldest first. */
    public List<LocalDate> dueDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = from.isBefore(start) ? start : from;
        LocalDate last = end != null && end.isBefore(to) ? end : to;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (dueOn(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
