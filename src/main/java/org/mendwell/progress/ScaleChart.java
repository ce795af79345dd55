package org.mendwell.progress;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 0–10 scale questions of one exercise over time, with the language of the exercise's title: one point per due occurrence (its local due
 * day), the value answered, or none where nothing was submitted, so that a chart shows the gap.
 */
public record ScaleChart(String exercise, String language, List<LocalDate> days, List<Series> series) {

    /**
     * One question's answers, in the order of {@link #days()}: its short name (for a legend or a column), its
     * whole wording (for a sentence read out), and the language they are in (the reader's where the built-in
     * library has it, else the exercise's).
     */
    public record Series(String question, String wholeQuestion, String language, List<@Nullable Integer> values) {}
}
