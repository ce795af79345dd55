package org.mendwell.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status line names the answers by their labels, and a label can be a question or end with an abbreviation:
 * the line never doubles its mark with a full stop of its own ("?." or "..").
 */
class DraftStatusTest {

    @Test
    void a_question_named_as_not_saved_ends_with_its_own_question_mark() {
        String line = DraftStatus.after(
                "Saved: Phone", "What should we call you?", List.of("What should we call you?"), List.of());

        assertThat(line)
                .isEqualTo("Not saved: What should we call you? See the message next to it; everything else"
                        + " is saved.");
    }

    @Test
    void a_saved_question_followed_by_another_not_saved_is_not_followed_by_a_stop() {
        String line = DraftStatus.after(
                "Saved: How should we contact you?", "How should we contact you?", List.of("Date of birth"), List.of());

        assertThat(line)
                .isEqualTo("Saved: How should we contact you? Not saved: Date of birth. See the message next to it.");
    }

    @Test
    void an_abbreviation_at_the_end_of_a_label_keeps_one_stop() {
        String line = DraftStatus.after("Draft saved 3 Dec.", null, List.of("Goals, hopes etc."), List.of());

        assertThat(line).isEqualTo("Draft saved 3 Dec. Not saved: Goals, hopes etc. See the message next to it.");
    }

    @Test
    void a_question_too_long_to_submit_is_named_without_a_doubled_mark() {
        String line = DraftStatus.after(
                "Saved: Phone", "Phone", List.of(), List.of("What brings you here, in your own words?"));

        assertThat(line)
                .isEqualTo("Saved: Phone. Too long to submit: What brings you here, in your own words? Your words are"
                        + " kept; see the limit next to it.")
                .doesNotContain("?.", "..");
    }

    @Test
    void a_part_without_a_mark_of_its_own_gets_a_full_stop() {
        assertThat(DraftStatus.sentence("Saved: Phone")).isEqualTo("Saved: Phone.");
        assertThat(DraftStatus.sentence("¿Cómo quiere que le llamemos?")).isEqualTo("¿Cómo quiere que le llamemos?");
        assertThat(DraftStatus.sentence("Cómo me siento…")).isEqualTo("Cómo me siento…");
    }
}
