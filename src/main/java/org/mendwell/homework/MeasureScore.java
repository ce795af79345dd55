package org.mendwell.homework;

import java.util.List;
import org.mendwell.homework.ExerciseTerms.Measure;

/**
 * The total and severity band of a completed PHQ-9 or GAD-7, with the published cut-offs
 * (Kroenke, Spitzer and Williams 2001; Spitzer et al. 2006). For the PHQ-9 any answer above
 * "Not at all" on item 9 (thoughts of being better off dead or of self-harm) raises a risk alert,
 * whatever the total.
 */
public record MeasureScore(Measure measure, int total, Severity severity, boolean riskAlert) {

    public enum Severity {
        MINIMAL,
        MILD,
        MODERATE,
        MODERATELY_SEVERE,
        SEVERE;

        /** The message key of the words a person reads for this severity, in their language. */
        public String labelKey() {
            return "homework.severity."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Index of PHQ-9 item 9 among the answers. */
    static final int PHQ9_SELF_HARM_ITEM = 8;

    /**
     * @param answers the chosen option's position (0 = "Not at all" … 3 = "Nearly every day") for each
     *                scored item, in order
     */
    public static MeasureScore of(Measure measure, List<Integer> answers) {
        if (answers.size() != measure.scoredItems()) {
            throw new IllegalArgumentException(
                    measure.label() + " has " + measure.scoredItems() + " scored items, got " + answers.size());
        }
        int total = 0;
        for (int answer : answers) {
            if (answer < 0 || answer > 3) {
                throw new IllegalArgumentException("Each item scores 0 to 3, got " + answer);
            }
            total += answer;
        }
        boolean riskAlert = measure == Measure.PHQ9 && answers.get(PHQ9_SELF_HARM_ITEM) > 0;
        return new MeasureScore(measure, total, band(measure, total), riskAlert);
    }

    /** The highest possible total: 27 for the PHQ-9, 21 for the GAD-7. */
    public static int maximum(Measure measure) {
        return measure.scoredItems() * 3;
    }

    /** The severity band a total falls in; progress charts draw the bands from it. */
    public static Severity band(Measure measure, int total) {
        if (total <= 4) {
            return Severity.MINIMAL;
        }
        if (total <= 9) {
            return Severity.MILD;
        }
        if (total <= 14) {
            return Severity.MODERATE;
        }
        if (measure == Measure.PHQ9 && total <= 19) {
            return Severity.MODERATELY_SEVERE;
        }
        return Severity.SEVERE;
    }
}
