package org.mendwell.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Runs without a test transaction, as the intake page calls the service: each call commits or rolls
 * back on its own. Restores the demo draft it changes.
 */
@MendwellTest
class IntakeDraftOnRefusedSubmitTest {

    @Autowired
    IntakeService intakes;

    @Test
    @WithUserDetails(Demo.NADIA)
    void a_refused_submit_still_keeps_the_typed_answers_as_the_draft() {
        IntakeAnswers original = intakes.myIntake().answers();
        IntakeAnswers typed = org.mendwell.support.IntakeFixtures.complete("Nadia Brennagh");
        typed.setPhone("abc");
        typed.setGoal1(null);
        typed.setGoal2("A goal typed just before pressing submit");
        try {
            assertThatThrownBy(() -> intakes.submit(typed))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).containsOnlyKeys("phone", "goal1"));

            IntakeForm afterwards = intakes.myIntake();
            assertThat(afterwards.submitted()).isFalse();
            assertThat(afterwards.answers().getGoal2())
                    .as("the answers typed before a refused submit are kept as the draft")
                    .isEqualTo("A goal typed just before pressing submit");
            assertThat(afterwards.answers()).usingRecursiveComparison().isEqualTo(typed);
        } finally {
            intakes.saveDraft(original);
        }
    }
}
