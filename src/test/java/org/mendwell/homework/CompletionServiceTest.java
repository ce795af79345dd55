package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.homework.domain.ExerciseOccurrenceRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.shared.DraftSave;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.Phq9Answers;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
@WithUserDetails(Demo.CLINICIAN)
class CompletionServiceTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    ClientIds clientIds;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    ReviewService review;

    @Autowired
    ClientService clients;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ExerciseOccurrenceRepository occurrences;

    private LocalDate today() {
        return exercises.todayAtNoon();
    }

    /** Gives the template to the client (as their clinician) and returns the client's first occurrence, signed in as them. */
    private UUID give(String clientEmail, String templateKey, ExerciseSchedule schedule) {
        return exercises.give(clientEmail, templateKey, null, schedule);
    }

    private UUID checkInToday(String clientEmail) {
        return give(clientEmail, "daily-check-in", ExerciseSchedule.daily(today(), null, 3, LocalTime.of(23, 59)));
    }

    /** A complete daily check-in: four text answers (one optional left out) and four scales. */
    static Map<Integer, Answer> checkIn(int trust) {
        var answers = new HashMap<Integer, Answer>();
        answers.put(0, Answer.text("Tired but steady"));
        answers.put(1, Answer.text("The weekend plans"));
        answers.put(3, Answer.text("A walk together after dinner"));
        answers.put(4, Answer.scale(7));
        answers.put(5, Answer.scale(trust));
        answers.put(6, Answer.scale(6));
        answers.put(7, Answer.scale(5));
        return answers;
    }

    @Test
    void a_draft_keeps_partial_answers_and_opens_with_them_again() {
        UUID occurrence = checkInToday(Demo.CLIENT);

        completion.saveDraft(occurrence, Map.of(0, Answer.text("Unsettled"), 5, Answer.scale(3)));

        ExerciseForm form = completion.myExercise(occurrence);
        assertThat(form.answers())
                .containsEntry(0, Answer.text("Unsettled"))
                .containsEntry(5, Answer.scale(3))
                .hasSize(2);
        assertThat(form.lastSaved()).isNotNull();
        assertThat(form.submitted()).isFalse();
        assertThat(form.answerable()).isTrue();
        assertThat(form.questions()).hasSize(8);
        assertThat(assignments.myExercises().today().getFirst().answered()).isEqualTo(2);
    }

    @Test
    void submit_refuses_missing_required_answers_by_question_and_still_keeps_the_draft() {
        UUID occurrence = checkInToday(Demo.CLIENT);
        var partial = Map.of(0, Answer.text("Okay"), 4, Answer.scale(8));

        assertThatThrownBy(() -> completion.submit(occurrence, partial))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys("q1", "q3", "q5", "q6", "q7")
                                .containsEntry("q1", "Please answer this question"));

        assertThat(completion.myExercise(occurrence).answers())
                .containsEntry(0, Answer.text("Okay"))
                .containsEntry(4, Answer.scale(8));
    }

    @Test
    void answers_that_cannot_fit_stay_as_they_were_and_every_other_answer_of_the_draft_is_saved() {
        UUID occurrence = checkInToday(Demo.CLIENT);
        completion.saveDraft(occurrence, Map.of(0, Answer.text("Unsettled"), 4, Answer.scale(6)));

        DraftSave saved = completion.saveDraft(
                occurrence,
                Map.of(
                        0,
                        Answer.text("Still unsettled \uD800"),
                        1,
                        Answer.text("Typed after the broken one"),
                        4,
                        Answer.scale(11),
                        9,
                        Answer.text("no such question")));

        assertThat(saved.notSaved()).containsOnlyKeys("q0", "q4", "q9");
        assertThat(completion.myExercise(occurrence).answers())
                .containsEntry(0, Answer.text("Unsettled"))
                .containsEntry(1, Answer.text("Typed after the broken one"))
                .containsEntry(4, Answer.scale(6))
                .doesNotContainKey(9);
    }

    @Test
    void an_answer_over_its_limit_is_kept_as_typed_in_the_draft_but_not_counted_as_answered() {
        UUID occurrence = checkInToday(Demo.CLIENT);
        String tenThousand = "word ".repeat(2000).strip();

        DraftSave saved = completion.saveDraft(
                occurrence, Map.of(0, Answer.text(tenThousand), 1, Answer.text("Typed after the long one")));

        assertThat(saved.notSaved()).isEmpty();
        assertThat(saved.overLimit())
                .containsOnlyKeys("q0")
                .containsEntry("q0", "4,000 characters at most; you have 9,999.");
        submissions.flush();
        assertThat(completion.myExercise(occurrence).answers())
                .containsEntry(0, Answer.text(tenThousand))
                .containsEntry(1, Answer.text("Typed after the long one"));
        assertThat(submissions.findByOccurrenceId(occurrence).orElseThrow().getAnswered())
                .as("an answer too long to submit is not an answer yet")
                .isEqualTo(1);

        completion.saveDraft(
                occurrence, Map.of(0, Answer.text("Shortened"), 1, Answer.text("Typed after the long one")));
        assertThat(completion.myExercise(occurrence).answers()).containsEntry(0, Answer.text("Shortened"));
        assertThat(submissions.findByOccurrenceId(occurrence).orElseThrow().getAnswered())
                .isEqualTo(2);
    }

    @Test
    void a_submit_names_every_problem_at_once_an_answer_over_its_limit_and_the_questions_left_unanswered() {
        UUID occurrence = checkInToday(Demo.CLIENT);
        var typed = new HashMap<Integer, Answer>();
        typed.put(0, Answer.text("x".repeat(4001)));
        typed.put(1, Answer.text("   "));

        assertThatThrownBy(() -> completion.submit(occurrence, typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("q0", "4,000 characters at most; you have 4,001.")
                                .containsEntry("q1", "Please answer this question")
                                .containsKeys("q3", "q5", "q6", "q7"));
    }

    @Test
    void a_submit_refused_for_an_answer_over_its_limit_keeps_that_answer_and_every_other_as_typed() {
        UUID occurrence = checkInToday(Demo.CLIENT);
        var typed = new HashMap<>(checkIn(4));
        typed.put(0, Answer.text("x".repeat(4001)));
        typed.put(1, Answer.text("Typed just before submitting"));

        assertThatThrownBy(() -> completion.submit(occurrence, typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys("q0")
                                .containsEntry("q0", "4,000 characters at most; you have 4,001."));

        ExerciseForm form = completion.myExercise(occurrence);
        assertThat(form.submitted()).isFalse();
        assertThat(form.answers())
                .containsEntry(0, Answer.text("x".repeat(4001)))
                .containsEntry(1, Answer.text("Typed just before submitting"))
                .containsEntry(5, Answer.scale(4));
    }

    @Test
    void a_submitted_exercise_is_read_only_for_everyone_and_counts_as_done() {
        UUID occurrence = checkInToday(Demo.CLIENT);
        ExerciseForm submitted = completion.submit(occurrence, checkIn(4));

        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.answerable()).isFalse();
        assertThatThrownBy(() -> completion.saveDraft(occurrence, checkIn(9)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> completion.submit(occurrence, checkIn(9))).isInstanceOf(InvalidInputException.class);
        assertThat(completion.myExercise(occurrence).answers()).containsEntry(5, Answer.scale(4));
        assertThat(assignments.myExercises().completed())
                .singleElement()
                .satisfies(e -> assertThat(e.occurrenceId()).isEqualTo(occurrence));
        assertThat(assignments.myExercises().today()).isEmpty();
    }

    @Test
    void choice_answers_must_be_among_the_options_and_come_back_as_chosen() {
        UUID occurrence = give(
                Demo.CLIENT,
                "accountability-owning-what-happened",
                ExerciseSchedule.once(today(), LocalTime.of(23, 59)));

        assertThat(completion
                        .saveDraft(occurrence, Map.of(2, Answer.choices(List.of("Not an option"))))
                        .notSaved())
                .containsOnlyKeys("q2");
        assertThat(completion.myExercise(occurrence).answers()).doesNotContainKey(2);
        var chosen = List.of("Saying it wasn't that bad", "Wanting to move on quickly");
        completion.saveDraft(occurrence, Map.of(2, Answer.choices(chosen)));

        assertThat(completion.myExercise(occurrence).answers().get(2).choices()).containsExactlyElementsOf(chosen);
    }

    @Test
    void later_occurrences_of_a_series_open_on_their_day_but_the_next_one_may_be_done_early() {
        signIn.as(Demo.CLINICIAN);
        assignments.assign(new AssignExercise(
                clientIds.of(Demo.CLIENT),
                templates.findByKey("daily-check-in").orElseThrow().getId(),
                null,
                ExerciseSchedule.daily(today().plusDays(2), null, 3, LocalTime.NOON),
                false,
                null));
        signIn.as(Demo.CLIENT);
        var next = assignments.myExercises().upcoming().getFirst().next();
        UUID second = occurrences
                .findByAssignmentIdOrderByNumber(next.assignmentId())
                .get(1)
                .getId();

        assertThat(completion.myExercise(next.occurrenceId()).answerable()).isTrue();
        ExerciseForm later = completion.myExercise(second);
        assertThat(later.answerable()).isFalse();
        assertThat(later.openReason()).contains("opens on its day");
        assertThatThrownBy(() -> completion.saveDraft(second, Map.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_paused_exercise_cannot_be_answered_and_a_cancelled_one_is_gone() {
        UUID occurrence = checkInToday(Demo.CLIENT);
        signIn.as(Demo.CLINICIAN);
        UUID assignment =
                assignments.assignmentsOf(clientIds.of(Demo.CLIENT)).getFirst().assignmentId();
        assignments.pause(assignment);

        signIn.as(Demo.CLIENT);
        assertThat(completion.myExercise(occurrence).openReason()).contains("paused");
        assertThatThrownBy(() -> completion.submit(occurrence, checkIn(5))).isInstanceOf(InvalidInputException.class);

        signIn.as(Demo.CLINICIAN);
        assignments.cancel(assignment);
        signIn.as(Demo.CLIENT);
        assertThatThrownBy(() -> completion.myExercise(occurrence)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void another_client_and_the_partner_cannot_open_read_or_answer_the_exercise() {
        UUID robins = checkInToday(Demo.CLIENT);
        completion.saveDraft(robins, Map.of(0, Answer.text("Private words")));

        for (String other : List.of(Demo.JONAS, Demo.CLIENT_2, Demo.HANA)) {
            signIn.as(other);
            assertThatThrownBy(() -> completion.myExercise(robins))
                    .as(other)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> completion.saveDraft(robins, Map.of(0, Answer.text("overwrite"))))
                    .as(other)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> completion.submit(robins, checkIn(1)))
                    .as(other)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> completion.reply(robins, "hello"))
                    .as(other)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> completion.shareWithPartner(robins, true))
                    .as(other)
                    .isInstanceOf(RecordNotFoundException.class);
        }
        for (String staff : List.of(Demo.CLINICIAN, Demo.ADMIN)) {
            signIn.as(staff);
            assertThatThrownBy(() -> completion.myExercise(robins)).as(staff).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> completion.saveDraft(robins, Map.of()))
                    .as(staff)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_partner_sees_a_submission_only_once_it_is_shared_and_only_that_one() {
        UUID shared = checkInToday(Demo.CLIENT);
        completion.submit(shared, checkIn(6));
        UUID privateOne = give(
                Demo.CLIENT,
                "accountability-owning-what-happened",
                ExerciseSchedule.once(today(), LocalTime.of(23, 59)));
        completion.submit(
                privateOne,
                Map.of(
                        0,
                        Answer.text("What I did"),
                        1,
                        Answer.text("How it hurt"),
                        3,
                        Answer.text("Guilt"),
                        4,
                        Answer.text("I did this")));
        UUID sharedSubmission =
                submissions.findByOccurrenceId(shared).orElseThrow().getId();
        UUID privateSubmission =
                submissions.findByOccurrenceId(privateOne).orElseThrow().getId();

        signIn.as(Demo.JONAS);
        assertThat(completion.sharedWithMe()).isEmpty();
        assertThatThrownBy(() -> completion.sharedSubmission(sharedSubmission))
                .isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.CLIENT);
        completion.shareWithPartner(shared, true);

        signIn.as(Demo.JONAS);
        assertThat(completion.sharedWithMe())
                .singleElement()
                .satisfies(s -> assertThat(s.submissionId()).isEqualTo(sharedSubmission));
        SharedSubmission seen = completion.sharedSubmission(sharedSubmission);
        assertThat(seen.partnerName()).isEqualTo("Robin Ashdown");
        assertThat(seen.answers()).containsEntry(5, Answer.scale(6));
        assertThatThrownBy(() -> completion.sharedSubmission(privateSubmission))
                .isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.CLIENT_2);
        assertThatThrownBy(() -> completion.sharedSubmission(sharedSubmission))
                .as("someone outside the couple")
                .isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.CLIENT);
        completion.shareWithPartner(shared, false);
        signIn.as(Demo.JONAS);
        assertThat(completion.sharedWithMe()).isEmpty();
    }

    @Test
    void a_shared_check_in_never_shows_the_partner_how_safe_the_client_feels_with_them() {
        UUID checkIn = checkInToday(Demo.CLIENT);
        completion.submit(checkIn, checkIn(6)); // safety 7 at position 4
        completion.shareWithPartner(checkIn, true);
        UUID submission = submissions.findByOccurrenceId(checkIn).orElseThrow().getId();

        signIn.as(Demo.JONAS);
        SharedSubmission seen = completion.sharedSubmission(submission);

        assertThat(seen.questions())
                .extracting(TemplateDetails.Question::prompt)
                .noneMatch(prompt -> prompt.startsWith("Safety:"))
                .contains("Trust: how much do you trust your partner today?");
        assertThat(seen.answers()).doesNotContainKey(4).containsEntry(5, Answer.scale(6));
    }

    @Test
    void the_partner_sees_only_the_answers_the_client_chose_to_share() {
        UUID checkIn = checkInToday(Demo.CLIENT);
        completion.submit(checkIn, checkIn(6)); // position 2 (optional) is left unanswered
        completion.shareWithPartner(checkIn, true);
        UUID submission = submissions.findByOccurrenceId(checkIn).orElseThrow().getId();
        assertThat(completion.myExercise(checkIn).shareableQuestions())
                .as("answered, and not the safety rating")
                .extracting(TemplateDetails.Question::position)
                .containsExactly(0, 1, 3, 5, 6, 7);

        completion.withholdFromPartner(checkIn, Set.of(1, 7));

        assertThat(completion.myExercise(checkIn).withheldFromPartner()).containsExactlyInAnyOrder(1, 7);
        signIn.as(Demo.JONAS);
        SharedSubmission seen = completion.sharedSubmission(submission);
        assertThat(seen.answers()).containsOnlyKeys(0, 3, 5, 6);
        assertThat(seen.questions())
                .extracting(TemplateDetails.Question::position)
                .containsExactly(0, 3, 5, 6);

        signIn.as(Demo.CLIENT);
        assertThatThrownBy(() -> completion.withholdFromPartner(checkIn, Set.of(42)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("share"));
        completion.withholdFromPartner(checkIn, Set.of(4)); // the safety rating: withheld whatever is chosen
        signIn.as(Demo.JONAS);
        assertThat(completion.sharedSubmission(submission).answers()).containsOnlyKeys(0, 1, 3, 5, 6, 7);
        for (String other : List.of(Demo.JONAS, Demo.CLIENT_2)) {
            signIn.as(other);
            assertThatThrownBy(() -> completion.withholdFromPartner(checkIn, Set.of()))
                    .as(other)
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void a_reply_to_feedback_puts_the_submission_back_among_those_waiting_for_the_clinicians_review() {
        UUID checkIn = checkInToday(Demo.CLIENT);
        completion.submit(checkIn, checkIn(6));
        UUID submission = submissions.findByOccurrenceId(checkIn).orElseThrow().getId();
        signIn.as(Demo.CLINICIAN);
        long waitingBefore = review.unreviewedTotal();
        review.sendFeedback(submission, "Thank you, Robin.");
        assertThat(review.unreviewedTotal()).isEqualTo(waitingBefore - 1);

        signIn.as(Demo.CLIENT);
        completion.reply(checkIn, "Thank you. Can we talk about the weekend on Thursday?");

        signIn.as(Demo.CLINICIAN);
        assertThat(review.unreviewedTotal()).isEqualTo(waitingBefore);
        assertThat(review.submissionsOf(clientIds.of(Demo.CLIENT)))
                .filteredOn(s -> s.submissionId().equals(submission))
                .singleElement()
                .satisfies(s -> assertThat(s.reviewed()).isFalse());
        review.sendFeedback(submission, "Yes, let's.");
        assertThat(review.unreviewedTotal()).isEqualTo(waitingBefore - 1);
    }

    @Test
    void a_client_without_a_partner_cannot_share_and_a_draft_cannot_be_shared() {
        UUID hanas = checkInToday(Demo.HANA);
        assertThatThrownBy(() -> completion.shareWithPartner(hanas, true)).isInstanceOf(InvalidInputException.class);
        completion.submit(hanas, checkIn(5));
        assertThatThrownBy(() -> completion.shareWithPartner(hanas, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("share"));
    }

    @Test
    void phq9_is_scored_and_a_self_harm_answer_raises_the_risk_alert_at_once() {
        UUID occurrence = give(Demo.HANA, "phq-9", ExerciseSchedule.once(today(), LocalTime.of(23, 59)));
        var options = List.of("Not at all", "Several days", "More than half the days", "Nearly every day");
        var answers = new HashMap<Integer, Answer>();
        int[] chosen = {1, 2, 1, 1, 0, 1, 0, 0, 1}; // total 7, item 9 "Several days"
        for (int item = 0; item < chosen.length; item++) {
            answers.put(item, Answer.text(options.get(chosen[item])));
        }
        answers.put(9, Answer.text("Somewhat difficult"));

        ExerciseForm form = completion.submit(occurrence, answers);

        assertThat(form.score())
                .isEqualTo(new MeasureScore(ExerciseTerms.Measure.PHQ9, 7, MeasureScore.Severity.MILD, true));
        signIn.as(Demo.CLINICIAN);
        assertThat(clients.details(clientIds.of(Demo.HANA)).riskAlertAt()).isNotNull();
        assertThat(review.submissionsOf(clientIds.of(Demo.HANA)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.measureTotal()).isEqualTo(7);
                    assertThat(s.riskAlert()).isTrue();
                });
        review.signOffRiskAlert(
                review.submissionsOf(clientIds.of(Demo.HANA)).getFirst().submissionId(),
                "Called Hana the same evening; safety plan reviewed.");
        assertThat(clients.details(clientIds.of(Demo.HANA)).riskAlertAt()).isNull();
    }

    @Test
    void a_reply_needs_words_and_a_submitted_exercise() {
        UUID occurrence = checkInToday(Demo.CLIENT);
        assertThatThrownBy(() -> completion.reply(occurrence, "Thanks")).isInstanceOf(InvalidInputException.class);
        completion.submit(occurrence, checkIn(5));
        assertThatThrownBy(() -> completion.reply(occurrence, "   "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("reply"));

        completion.reply(occurrence, "Thank you, that helped.");

        assertThat(completion.myExercise(occurrence).comments()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo("You");
            assertThat(c.fromClinician()).isFalse();
            assertThat(c.body()).isEqualTo("Thank you, that helped.");
        });
    }

    @Test
    void each_risk_alert_is_signed_off_on_its_own_with_a_note_and_the_flag_goes_with_the_last() {
        signIn.as(Demo.CLINICIAN);
        UUID hana = clientIds.of(Demo.HANA);
        for (int i = 0; i < 2; i++) {
            assignments.assign(new AssignExercise(
                    hana,
                    templates.findByKey("phq-9").orElseThrow().getId(),
                    null,
                    ExerciseSchedule.once(today(), LocalTime.of(23, 59)),
                    false,
                    null));
        }
        signIn.as(Demo.HANA);
        for (var phq : assignments.myExercises().today().stream()
                .filter(e -> e.title().contains("PHQ-9"))
                .toList()) {
            completion.submit(phq.occurrenceId(), Phq9Answers.selfHarmOnSeveralDays());
        }
        signIn.as(Demo.CLINICIAN);
        var open = review.openRiskAlerts(hana);
        assertThat(open).hasSize(2);

        assertThatThrownBy(() -> review.signOffRiskAlert(open.getFirst().submissionId(), "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("note"));
        review.signOffRiskAlert(open.getFirst().submissionId(), "Phoned Hana; she is safe and has her plan.");

        assertThat(review.openRiskAlerts(hana))
                .extracting(SubmissionSummary::submissionId)
                .containsExactly(open.get(1).submissionId());
        assertThat(clients.details(hana).riskAlertAt())
                .as("one alert still open")
                .isNotNull();
        assertThatThrownBy(() -> review.signOffRiskAlert(open.getFirst().submissionId(), "Again"))
                .as("signed off once only")
                .isInstanceOf(InvalidInputException.class);
        var signed = submissions.findById(open.getFirst().submissionId()).orElseThrow();
        assertThat(signed.hasOpenRiskAlert()).isFalse();

        review.signOffRiskAlert(open.get(1).submissionId(), "Discussed in session the next morning.");
        assertThat(review.openRiskAlerts(hana)).isEmpty();
        assertThat(clients.details(hana).riskAlertAt())
                .as("the last alert signed off")
                .isNull();
    }
}
