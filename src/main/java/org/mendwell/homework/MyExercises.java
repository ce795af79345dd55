package org.mendwell.homework;

import java.time.ZoneId;
import java.util.List;

/**
 * A client's exercises as their home page groups them, relative to today in their time zone. Every
 * occurrence due today or overdue is listed; of what is coming up, each assignment once, as its next
 * occurrence.
 *
 * @param zone the client's time zone, in which the days of finished exercises are shown
 */
public record MyExercises(
        List<ClientExercise> today,
        List<ClientExercise> overdue,
        List<UpcomingExercise> upcoming,
        List<ClientExercise> completed,
        ZoneId zone) {

    public boolean isEmpty() {
        return today.isEmpty() && overdue.isEmpty() && upcoming.isEmpty() && completed.isEmpty();
    }
}
