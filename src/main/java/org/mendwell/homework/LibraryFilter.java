package org.mendwell.homework;

import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Theme;

/**
 * What the clinician narrowed the library to: words in the title, a theme, an audience; and whether
 * their own archived templates are listed too (they never are when choosing an exercise to give).
 */
public record LibraryFilter(
        String text, @Nullable Theme theme, @Nullable Audience audience, boolean withArchived) {

    public static final LibraryFilter NONE = new LibraryFilter("", null, null);

    public LibraryFilter(String text, @Nullable Theme theme, @Nullable Audience audience) {
        this(text, theme, audience, false);
    }
}
