package org.mendwell.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.MeasureScore;
import org.mendwell.homework.MeasureScore.Severity;

/** A client's PHQ-9 or GAD-7 totals in the order submitted, for the clinician only. */
public record MeasureSeries(Measure measure, List<Point> points) {

    /**
     * One total and the moment it was submitted. A moment, not a day: its day is the reader's, written on their
     * clock like the completed time of the same submission in the grid beside the chart.
     */
    public record Point(Instant submittedAt, int total, Severity severity) {}

    /** A severity band as a range of totals, to draw the totals over. */
    public record Band(Severity severity, int from, int to) {}

    /** The measure's bands from 0 to its maximum, from the same cut-offs that score a submission. */
    public List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        int from = 0;
        for (int total = 1; total <= MeasureScore.maximum(measure) + 1; total++) {
            if (total > MeasureScore.maximum(measure)
                    || MeasureScore.band(measure, total) != MeasureScore.band(measure, from)) {
                bands.add(new Band(MeasureScore.band(measure, from), from, total - 1));
                from = total;
            }
        }
        return bands;
    }
}
