package org.mendwell.homework;

import java.time.LocalDate;
import org.mendwell.homework.ExerciseTerms.Theme;

/**
 * One line of a reminder e-mail: a title and the day it was due, nothing of its content. A standard
 * measure is named neutrally, because its title (PHQ-9, GAD-7) says what is being screened for, and an
 * e-mail can be read over a shoulder or on a locked phone.
 */
public record DueExercise(String title, LocalDate dueDate) {

    public static final String MEASURE_TITLE = "A short questionnaire";

    /** For the query that reads it: the theme decides whether the title may leave the portal. */
    public DueExercise(String title, Theme theme, LocalDate dueDate) {
        this(theme == Theme.WELLBEING_MEASURE ? MEASURE_TITLE : title, dueDate);
    }
}
