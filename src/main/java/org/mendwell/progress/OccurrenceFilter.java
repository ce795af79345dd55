package org.mendwell.progress;

import org.jspecify.annotations.Nullable;

/** The progress grid's filter: words in the exercise's title, and one state or any. */
public record OccurrenceFilter(String text, @Nullable OccurrenceState state) {

    public static final OccurrenceFilter NONE = new OccurrenceFilter("", null);
}
