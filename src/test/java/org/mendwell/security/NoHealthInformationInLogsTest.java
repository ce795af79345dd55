package org.mendwell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mendwell.client.ClientService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.Answer;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ApplicationLogging;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.IntakeFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs the main journeys through the services with our own logging turned up to DEBUG, and then
 * searches everything that was logged for the clients' names and for the answers, feedback and
 * intake text typed on the way. None may appear: logs are read by people who may not see records.
 */
@MendwellTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {"logging.level.org.mendwell=DEBUG", "logging.level.org.springframework.security=INFO"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoHealthInformationInLogsTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    ClientService clients;

    @Autowired
    CompletionService completion;

    @Autowired
    ReviewService review;

    @Autowired
    IntakeService intakes;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    SubmissionRepository submissions;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    /** The next classes log as the application does, not at this class's DEBUG (nor in the subclass's JSON). */
    @AfterAll
    static void applicationLoggingAgain() {
        ApplicationLogging.restore();
    }

    private UUID give(String clientEmail, String templateKey) {
        return exercises.give(
                clientEmail,
                templateKey,
                "PRIVATE-INSTRUCTION-heron-5521",
                ExerciseSchedule.once(exercises.todayAtNoon(), LocalTime.of(23, 59)));
    }

    @Test
    void the_main_journeys_log_no_names_answers_or_feedback(CapturedOutput output) {
        List<String> secrets = new ArrayList<>(List.of("PRIVATE-INSTRUCTION-heron-5521"));

        // A daily check-in: a draft, a refused submit, the submit, the clinician's feedback and a reply.
        UUID checkIn = give(Demo.CLIENT, "daily-check-in");
        completion.saveDraft(checkIn, Map.of(0, Answer.text("PRIVATE-DRAFT-lighthouse-7731")));
        assertThatThrownBy(() -> completion.submit(checkIn, Map.of(0, Answer.text("PRIVATE-DRAFT-lighthouse-7731"))))
                .isInstanceOf(InvalidInputException.class);
        var answers = new HashMap<Integer, Answer>();
        answers.put(0, Answer.text("PRIVATE-FEELING-quartz-1194"));
        answers.put(1, Answer.text("PRIVATE-MIND-willow-3307"));
        answers.put(3, Answer.text("PRIVATE-NEED-ember-8820"));
        for (int scale = 4; scale <= 7; scale++) {
            answers.put(scale, Answer.scale(3));
        }
        completion.submit(checkIn, answers);
        UUID submission = submissions.findByOccurrenceId(checkIn).orElseThrow().getId();
        signIn.as(Demo.CLINICIAN);
        review.review(submission);
        review.sendFeedback(submission, "PRIVATE-FEEDBACK-cobalt-4410");
        signIn.as(Demo.CLIENT);
        completion.reply(checkIn, "PRIVATE-REPLY-sparrow-6652");
        secrets.addAll(List.of(
                "PRIVATE-DRAFT-lighthouse-7731",
                "PRIVATE-FEELING-quartz-1194",
                "PRIVATE-MIND-willow-3307",
                "PRIVATE-NEED-ember-8820",
                "PRIVATE-FEEDBACK-cobalt-4410",
                "PRIVATE-REPLY-sparrow-6652"));

        // A PHQ-9 with the self-harm item answered: the risk alert is raised, and logged nowhere.
        UUID phq9 = give(Demo.HANA, "phq-9");
        var phq = new HashMap<Integer, Answer>();
        for (int item = 0; item < 9; item++) {
            phq.put(item, Answer.text("Nearly every day"));
        }
        phq.put(9, Answer.text("Extremely difficult"));
        completion.submit(phq9, phq);

        // Another clinician tries the submission; a client tries a clinician's page.
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> review.review(submission)).isInstanceOf(RecordNotFoundException.class);

        // An intake draft with answers that fail validation, then saved.
        signIn.as(Demo.NADIA);
        var intake = IntakeFixtures.complete("Nadia Brennagh");
        intake.setPhone("PRIVATE-PHONE-not-a-number");
        intake.setGoal2("PRIVATE-GOAL-meadow-2203");
        assertThatThrownBy(() -> intakes.submit(intake)).isInstanceOf(InvalidInputException.class);
        secrets.addAll(List.of("PRIVATE-PHONE-not-a-number", "PRIVATE-GOAL-meadow-2203"));

        String logged = output.getAll();
        assertThat(org.slf4j.LoggerFactory.getLogger("org.mendwell").isDebugEnabled())
                .as("the journeys ran with our logging at DEBUG")
                .isTrue();
        for (String secret : secrets) {
            assertThat(logged).as("logged text").doesNotContain(secret);
        }
        for (var client : clientRecords.findAll()) {
            assertThat(logged).as("a client's name in the log").doesNotContain(client.getFullName());
        }
        assertThat(logged).doesNotContain("Nearly every day", "Extremely difficult");
    }
}
