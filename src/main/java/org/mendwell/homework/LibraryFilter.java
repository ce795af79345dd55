package org.mendwell.homework;

import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Theme;

/** What the clinician narrowed the library to: words in the title, a theme, an audience. */
public record LibraryFilter(String text, @Nullable Theme theme, @Nullable Audience audience) {

    public static final LibraryFilter NONE = new LibraryFilter("", null, null);
}
