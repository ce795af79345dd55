package org.mendwell.homework;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.shared.i18n.Messages;

/**
 * One assignment under "Coming up": its next occurrence only, and how often it repeats, so that a
 * daily exercise is one line rather than one per day.
 *
 * @param repeats "Every day", "Every Monday and Thursday"; null for a one-off exercise
 */
public record UpcomingExercise(
        ClientExercise next, @Nullable String repeats) {

    /** How often a schedule repeats, in the client's words; null when it does not. */
    static @Nullable String repeats(Messages messages, Locale locale, Schedule frequency, Set<DayOfWeek> weekdays) {
        return switch (frequency) {
            case ONCE -> null;
            case DAILY -> messages.text("homework.repeats.every-day", locale);
            case WEEKLY ->
                weekdays.size() == DayOfWeek.values().length
                        ? messages.text("homework.repeats.every-day", locale)
                        : messages.text(
                                "homework.repeats.every",
                                locale,
                                inWords(
                                        messages,
                                        locale,
                                        weekdays.stream()
                                                .sorted()
                                                .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                                                .toList()));
        };
    }

    private static String inWords(Messages messages, Locale locale, List<String> days) {
        if (days.size() == 1) {
            return days.getFirst();
        }
        return messages.text(
                "homework.repeats.and", locale, String.join(", ", days.subList(0, days.size() - 1)), days.getLast());
    }
}
