package org.mendwell.progress;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a client sees of their own progress: exercises done this week and overall, their daily
 * check-in streak, their own scales, and the latest words from their clinician. No clinical labels.
 */
public record MyProgress(
        int doneThisWeek,
        int doneOverall,
        int streakDays,
        List<ScaleChart> scaleCharts,
        @Nullable Feedback latestFeedback) {

    /** The clinician's words on an exercise, whose title is in {@code language}. */
    public record Feedback(String exercise, String language, String text, LocalDate day) {}
}
