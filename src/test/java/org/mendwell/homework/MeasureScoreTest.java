package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.MeasureScore.Severity;

/** Worked examples against the published scoring of the PHQ-9 and the GAD-7. */
class MeasureScoreTest {

    /** Answers that add up to a total, without touching PHQ-9 item 9. */
    private static List<Integer> answersTotalling(Measure measure, int total) {
        var answers = new java.util.ArrayList<>(Collections.nCopies(measure.scoredItems(), 0));
        int remaining = total;
        for (int i = 0; i < answers.size() && remaining > 0; i++) {
            if (measure == Measure.PHQ9 && i == MeasureScore.PHQ9_SELF_HARM_ITEM) {
                continue;
            }
            int item = Math.min(3, remaining);
            answers.set(i, item);
            remaining -= item;
        }
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
    @CsvSource({
        "0, MINIMAL",
        "4, MINIMAL",
        "5, MILD",
        "9, MILD",
        "10, MODERATE",
        "14, MODERATE",
        "15, MODERATELY_SEVERE",
        "19, MODERATELY_SEVERE",
        "20, SEVERE",
        "24, SEVERE"
    })
    void phq9_bands_follow_the_published_cut_offs(int total, Severity severity) {
        var score = MeasureScore.of(Measure.PHQ9, answersTotalling(Measure.PHQ9, total));

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.severity()).isEqualTo(severity);
        assertThat(score.riskAlert()).isFalse();
    }

    @ParameterizedTest(name = "GAD-7 total {0} is {1}")
    @CsvSource({
        "0, MINIMAL",
        "4, MINIMAL",
        "5, MILD",
        "9, MILD",
        "10, MODERATE",
        "14, MODERATE",
        "15, SEVERE",
        "21, SEVERE"
    })
    void gad7_bands_follow_the_published_cut_offs(int total, Severity severity) {
        var score = MeasureScore.of(Measure.GAD7, answersTotalling(Measure.GAD7, total));

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.severity()).isEqualTo(severity);
        assertThat(score.riskAlert()).isFalse();
    }

    @Test
    void a_worked_phq9_example_scores_sixteen_moderately_severe() {
        // Several days (1), more than half the days (2), nearly every day (3), ... item 9: not at all.
        var score = MeasureScore.of(Measure.PHQ9, List.of(1, 2, 3, 2, 1, 2, 3, 2, 0));

        assertThat(score.total()).isEqualTo(16);
        assertThat(score.severity()).isEqualTo(Severity.MODERATELY_SEVERE);
        assertThat(score.riskAlert()).isFalse();
    }

    @Test
    void any_answer_above_not_at_all_on_phq9_item_nine_raises_a_risk_alert_whatever_the_total() {
        var lowTotal = MeasureScore.of(Measure.PHQ9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(lowTotal.total()).isEqualTo(1);
        assertThat(lowTotal.severity()).isEqualTo(Severity.MINIMAL);
        assertThat(lowTotal.riskAlert()).isTrue();

        assertThat(MeasureScore.of(Measure.PHQ9, Collections.nCopies(9, 3)).riskAlert())
                .isTrue();
        assertThat(MeasureScore.of(Measure.PHQ9, Collections.nCopies(9, 3)).total())
                .isEqualTo(27);
    }

    @Test
    void the_gad7_never_raises_the_phq9_risk_alert() {
        assertThat(MeasureScore.of(Measure.GAD7, Collections.nCopies(7, 3)).riskAlert())
                .isFalse();
        assertThat(MeasureScore.maximum(Measure.GAD7)).isEqualTo(21);
        assertThat(MeasureScore.maximum(Measure.PHQ9)).isEqualTo(27);
    }

    @Test
    void answers_must_match_the_measure() {
        assertThatThrownBy(() -> MeasureScore.of(Measure.GAD7, Collections.nCopies(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasureScore.of(Measure.PHQ9, List.of(0, 0, 0, 0, 4, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasureScore.of(Measure.PHQ9, List.of(0, 0, 0, 0, -1, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
