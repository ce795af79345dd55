package org.mendwell.progress;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 0–10 scale questions of one exercise over time: one point per due occurrence (its local due
 * day), the value answered, or none where nothing was submitted, so that a chart shows the gap.
 */
public record ScaleChart(String exercise, List<LocalDate> days, List<Series> series) {

    /** One question's answers, in the order of {@link #days()}. */
    public record Series(String question, List<@Nullable Integer> values) {}
}
