package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeService;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * An answer over its limit is kept as typed in a draft's own large column (V21), emoji included, and
 * read back whole. Run on H2 ({@link OverlongDraftTest}) and on MariaDB ({@link OverlongDraftMariaDbTest}),
 * where the column types differ most.
 */
@Transactional
abstract class OverlongDraftScenario {

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    CompletionService completion;

    @Autowired
    IntakeService intakes;

    @Autowired
    SignIn signIn;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void ten_thousand_characters_in_an_exercise_answer_are_kept_whole_in_the_draft() {
        UUID checkIn = exercises.give(
                Demo.CLIENT,
                "daily-check-in",
                null,
                ExerciseSchedule.daily(exercises.todayAtNoon(), null, 3, LocalTime.of(23, 59)));
        String typed = "A long day 🌧".repeat(770);

        completion.saveDraft(checkIn, Map.of(0, Answer.text(typed)));
        entityManager.flush();
        entityManager.clear();

        assertThat(completion.myExercise(checkIn).answers().get(0).text()).isEqualTo(typed);
    }

    @Test
    void an_intake_answer_over_its_limit_is_kept_whole_in_the_draft() {
        signIn.as(Demo.ELENA);
        IntakeAnswers answers = intakes.myIntake().answers();
        String typed = "Goal 🌱 ".repeat(200);
        answers.setGoal2(typed);

        intakes.saveDraft(answers);
        entityManager.flush();
        entityManager.clear();

        assertThat(intakes.myIntake().answers().getGoal2())
                .as("whole, but for the space at its end, which no answer keeps (PlainText.length)")
                .isEqualTo(typed.strip());
    }
}
