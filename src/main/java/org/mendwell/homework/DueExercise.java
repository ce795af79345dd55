package org.mendwell.homework;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Theme;

/**
 * One line of a reminder e-mail: a title, the language the exercise was given in, and the day it was due,
 * nothing of its content. A standard measure has no title here: its title (PHQ-9, GAD-7) says what is being
 * screened for, and an e-mail can be read over a shoulder or on a locked phone, so the e-mail names it
 * neutrally in the recipient's language.
 *
 * @param title    the exercise's title as the client sees it on the page; null for a standard measure
 * @param language the ISO 639-1 code of the language of the version given (the title's language)
 */
public record DueExercise(@Nullable String title, String language, LocalDate dueDate) {

    /** For the query that reads it: the theme decides whether the title may leave the portal. */
    public DueExercise(String title, Theme theme, String language, LocalDate dueDate) {
        this(theme == Theme.WELLBEING_MEASURE ? null : title, language, dueDate);
    }
}
