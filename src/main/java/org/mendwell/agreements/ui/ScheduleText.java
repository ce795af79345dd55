package org.mendwell.agreements.ui;

import com.vaadin.flow.component.Component;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.stream.Collectors;
import org.mendwell.agreements.PromiseSchedule;
import org.mendwell.shared.time.PersonalTime;

/** "Every day from 1 Dec 2026 until 31 Jan 2027" in the reader's language, for a promise's schedule. */
final class ScheduleText {

    private ScheduleText() {}

    static String of(Component in, PromiseSchedule schedule, PersonalTime time) {
        String days = switch (schedule.frequency()) {
            case DAILY -> in.getTranslation("agreements.schedule.daily");
            case WEEKLY ->
                in.getTranslation(
                        "agreements.schedule.weekly", dayName(schedule.start().getDayOfWeek(), time));
            case WEEKDAYS ->
                in.getTranslation(
                        "agreements.schedule.weekdays",
                        schedule.weekdays().stream()
                                .sorted()
                                .map(day -> dayName(day, time))
                                .collect(Collectors.joining(", ")));
        };
        return schedule.end() == null
                ? in.getTranslation("agreements.schedule.from", days, time.date(schedule.start()))
                : in.getTranslation(
                        "agreements.schedule.from-until", days, time.date(schedule.start()), time.date(schedule.end()));
    }

    static String dayName(DayOfWeek day, PersonalTime time) {
        return day.getDisplayName(TextStyle.SHORT, time.locale());
    }
}
