package org.mendwell.homework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question's answer: text (free text, a log entry, or the chosen option), a 0–10 scale value, or
 * the chosen options of a multiple-choice question. An answer with none of these is no answer.
 */
public record Answer(@Nullable String text, @Nullable Integer scale, List<String> choices) {

    public static final Answer NONE = new Answer(null, null, List.of());

    public Answer {
        choices = List.copyOf(choices);
    }

    public static Answer text(@Nullable String text) {
        return new Answer(text, null, List.of());
    }

    public static Answer scale(@Nullable Integer value) {
        return new Answer(null, value, List.of());
    }

    public static Answer choices(List<String> chosen) {
        return new Answer(null, null, chosen);
    }

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && scale == null && choices.isEmpty();
    }

    /** How the answer reads in one line, for lists and side-by-side comparisons. */
    public String display() {
        if (scale != null) {
            return scale + " / 10";
        }
        if (!choices.isEmpty()) {
            return String.join("; ", choices);
        }
        return text == null ? "" : text;
    }
}
