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
 */
public record PromiseSchedule(
        Frequency frequency,
        Set<DayOfWeek> weekdays,
        LocalDate start,
        @Nullable LocalDate end) {

    public PromiseSchedule {
        weekdays = Set.copyOf(weekdays);
    }

    public boolean dueOn(LocalDate day) {
        if (day.isBefore(start) || (end != null && day.isAfter(end))) {
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
