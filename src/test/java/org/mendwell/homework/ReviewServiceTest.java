package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
@WithUserDetails(Demo.CLINICIAN)
class ReviewServiceTest {

    @Autowired
    SignIn signIn;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    ReviewService review;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    MutableClock clock;

    private UUID robin() {
        return clientIds.of(Demo.CLIENT);
    }

    /**
     * Robin does a small daily log three days running (the series was given two days ago, starting that
     * day: a start in the past is refused), as the client.
     */
    private List<UUID> threeDaysOfLogs() {
        LocalDate today = clock.setToNoonIn(ZoneId.of("Europe/London"));
        Instant noonToday = clock.instant();
        // At noon, as the first log is due by 23:59 that day (refused as past at 23:59 London).
        clock.set(noonToday.minus(Duration.ofDays(2)));
        assignments.assign(new AssignExercise(
                robin(),
                templates
                        .findByKey("consistency-one-small-promise")
                        .orElseThrow()
                        .getId(),
                null,
                ExerciseSchedule.daily(today.minusDays(2), null, 3, LocalTime.of(23, 59)),
                false,
                null));
        clock.set(noonToday);
        signIn.as(Demo.CLIENT);
        var mine = assignments.myExercises();
        var occurrences = new java.util.ArrayList<UUID>();
        mine.overdue().forEach(e -> occurrences.add(e.occurrenceId()));
        mine.today().forEach(e -> occurrences.add(e.occurrenceId()));
        var form = completion.myExercise(occurrences.getFirst());
        int day = 1;
        for (UUID occurrence : occurrences) {
            completion.submit(occurrence, answersFor(form.questions(), "Day " + day++));
        }
        signIn.as(Demo.CLINICIAN);
        return occurrences.stream()
                .map(o -> submissions.findByOccurrenceId(o).orElseThrow().getId())
                .toList();
    }

    /** Answers every question of the exercise, with the day's note in the text answers. */
    private static Map<Integer, Answer> answersFor(List<TemplateDetails.Question> questions, String note) {
        var answers = new java.util.HashMap<Integer, Answer>();
        for (var q : questions) {
            answers.put(
                    q.position(),
                    switch (q.kind()) {
                        case FREE_TEXT, DAILY_LOG -> Answer.text(note);
                        case SCALE -> Answer.scale(5);
                        case YES_NOT_YET_SPACE -> Answer.text("Yes");
                        case SINGLE_CHOICE -> Answer.text(q.options().getFirst());
                        case MULTIPLE_CHOICE ->
                            Answer.choices(List.of(q.options().getFirst()));
                    });
        }
        return answers;
    }

    @Test
    void submissions_are_listed_newest_first_and_a_review_shows_earlier_answers_beside_this_one() {
        List<UUID> ids = threeDaysOfLogs();

        assertThat(review.submissionsOf(robin()))
                .extracting(SubmissionSummary::submissionId)
                .containsExactlyElementsOf(ids.reversed());

        SubmissionReview latest = review.review(ids.get(2));
        assertThat(latest.clientName()).isEqualTo("Robin Ashdown");
        assertThat(latest.answers().values()).contains(Answer.text("Day 3"));
        assertThat(latest.earlier()).hasSize(2);
        assertThat(latest.earlier().get(0).answers().values()).contains(Answer.text("Day 2"));
        assertThat(latest.earlier().get(1).answers().values()).contains(Answer.text("Day 1"));
        assertThat(review.review(ids.get(0)).earlier())
                .as("the first one has nothing before it")
                .isEmpty();
    }

    /** Robin's submissions the clinician has not reviewed yet, as her page lists them. */
    private long waitingForReview() {
        return review.submissionsOf(robin()).stream().filter(s -> !s.reviewed()).count();
    }

    @Test
    void feedback_reaches_the_client_marks_the_submission_reviewed_and_the_client_can_reply() {
        List<UUID> ids = threeDaysOfLogs();
        assertThat(waitingForReview()).isEqualTo(3);
        long before = review.unreviewedTotal();

        review.sendFeedback(ids.get(2), "Three days in a row. That is what consistency looks like.");
        review.markReviewed(ids.get(1));

        assertThat(waitingForReview()).isEqualTo(1);
        assertThat(review.unreviewedTotal()).isEqualTo(before - 2);
        assertThat(review.submissionsOf(robin()).getFirst().reviewed()).isTrue();

        signIn.as(Demo.CLIENT);
        UUID occurrence = submissions.findById(ids.get(2)).orElseThrow().getOccurrenceId();
        completion.reply(occurrence, "It felt good to notice.");
        assertThat(completion.myExercise(occurrence).comments())
                .extracting(Comment::author, Comment::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Dr. Mira Castell", "Three days in a row. That is what consistency looks like."),
                        org.assertj.core.groups.Tuple.tuple("You", "It felt good to notice."));

        signIn.as(Demo.CLINICIAN);
        assertThat(review.review(ids.get(2)).comments())
                .extracting(Comment::author)
                .containsExactly("You", "Robin");
    }

    @Test
    void feedback_needs_words_and_fits_its_limit() {
        UUID id = threeDaysOfLogs().getFirst();
        assertThatThrownBy(() -> review.sendFeedback(id, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("feedback"));
        assertThatThrownBy(() -> review.sendFeedback(id, "x".repeat(2001))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_draft_stays_private_to_the_client() {
        LocalDate today = clock.setToNoonIn(ZoneId.of("Europe/London"));
        assignments.assign(new AssignExercise(
                robin(),
                templates.findByKey("daily-check-in").orElseThrow().getId(),
                null,
                ExerciseSchedule.once(today, LocalTime.of(23, 59)),
                false,
                null));
        signIn.as(Demo.CLIENT);
        UUID occurrence = assignments.myExercises().today().getFirst().occurrenceId();
        completion.saveDraft(occurrence, Map.of(0, Answer.text("Not ready to say")));
        UUID draft = submissions.findByOccurrenceId(occurrence).orElseThrow().getId();

        signIn.as(Demo.CLINICIAN);
        assertThat(review.submissionsOf(robin())).isEmpty();
        assertThatThrownBy(() -> review.review(draft)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> review.sendFeedback(draft, "hi")).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void another_clinician_sees_nothing_and_changes_nothing() {
        signIn.as(Demo.CLINICIAN_2);
        long othersWaiting = review.unreviewedTotal();
        signIn.as(Demo.CLINICIAN);
        List<UUID> ids = threeDaysOfLogs();

        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> review.submissionsOf(robin())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> review.review(ids.getFirst())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> review.sendFeedback(ids.getFirst(), "hello"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> review.markReviewed(ids.getFirst())).isInstanceOf(RecordNotFoundException.class);
        assertThat(review.unreviewedTotal())
                .as("counts only the signed-in clinician's")
                .isEqualTo(othersWaiting);

        signIn.as(Demo.CLINICIAN);
        assertThat(review.submissionsOf(robin()))
                .allSatisfy(s -> assertThat(s.reviewed()).isFalse());
    }

    @Test
    void clients_and_administrators_cannot_use_the_review() {
        List<UUID> ids = threeDaysOfLogs();
        for (String who : List.of(Demo.CLIENT, Demo.JONAS, Demo.ADMIN)) {
            signIn.as(who);
            assertThatThrownBy(() -> review.submissionsOf(robin())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.review(ids.getFirst())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.sendFeedback(ids.getFirst(), "x"))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.unreviewedTotal()).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
