package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ClientExercise;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.SubmissionSummary;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.shared.ui.RecordNotFoundView;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.FocusMoves;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The clinician reading what a client submitted: from the client's page to the review and back. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
@ChangesDemoPractice
class SubmissionReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    MutableClock clock;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    ReviewService reviews;

    @Autowired
    ExerciseTemplateRepository templates;

    /**
     * The client keeps a daily promise log for two days; returns their submissions, newest first. Each
     * test uses its own client, as they share one application context.
     */
    private List<SubmissionSummary> twoDaysOfPromises(String client) {
        LocalDate today = clock.setToNoonIn(ZoneId.of("Europe/London"));
        java.time.Instant noonToday = clock.instant();
        // Given yesterday, starting yesterday: a start in the past is refused. At noon, since the first log is due
        // by 23:59 that day (refused as past when CI ran at 23:59 London).
        clock.set(noonToday.minus(java.time.Duration.ofDays(1)));
        UUID assignment = assignments
                .assign(new AssignExercise(
                        clientIds.of(client),
                        templates
                                .findByKey("consistency-one-small-promise")
                                .orElseThrow()
                                .getId(),
                        null,
                        ExerciseSchedule.daily(today.minusDays(1), null, 2, LocalTime.of(23, 59)),
                        false,
                        null))
                .getFirst()
                .assignmentId();
        clock.set(noonToday);
        signIn.as(client);
        var mine = assignments.myExercises();
        var due = new java.util.ArrayList<ClientExercise>(mine.overdue());
        due.addAll(mine.today());
        String[] notes = {"Called when I said I would", "Was home for dinner at seven"};
        int day = 0;
        for (ClientExercise exercise :
                due.stream().filter(e -> e.assignmentId().equals(assignment)).toList()) {
            var form = completion.myExercise(exercise.occurrenceId());
            Map<Integer, Answer> answers = new HashMap<>();
            for (var q : form.questions()) {
                answers.put(
                        q.position(),
                        switch (q.kind()) {
                            case FREE_TEXT, DAILY_LOG -> Answer.text(notes[day]);
                            case SINGLE_CHOICE -> Answer.text(q.options().getFirst());
                            case SCALE -> Answer.scale(6);
                            case YES_NOT_YET_SPACE -> Answer.text("Yes");
                            case MULTIPLE_CHOICE ->
                                Answer.choices(List.of(q.options().getFirst()));
                        });
            }
            completion.submit(exercise.occurrenceId(), answers);
            day++;
        }
        signIn.as(Demo.CLINICIAN);
        return reviews.submissionsOf(clientIds.of(client));
    }

    /** The "To review" cell of the client's row on a freshly opened caseload. */
    private String toReviewOnCaseload(String client) {
        navigate("caseload", Component.class);
        @SuppressWarnings("unchecked")
        var caseload = test(
                (Grid<org.mendwell.progress.CaseloadEntry>) find(Grid.class).single());
        int row = java.util.stream.IntStream.range(0, caseload.size())
                .filter(r -> caseload.getRow(r).clientId().equals(clientIds.of(client)))
                .findFirst()
                .orElseThrow();
        int column = find(Grid.class).single().getColumns().stream()
                .map(c -> ((Grid.Column<?>) c).getHeaderText())
                .toList()
                .indexOf("To review");
        return caseload.getCellText(row, column);
    }

    @Test
    void the_client_page_lists_submissions_to_review_and_the_review_shows_earlier_answers_beside_the_latest() {
        var submitted = twoDaysOfPromises(Demo.OSKAR);

        assertThat(toReviewOnCaseload(Demo.OSKAR)).isEqualTo("2");
        assertThat(find(com.vaadin.flow.router.RouterLink.class)
                        .withTextContaining("4 to review")
                        .exists())
                .isTrue();

        navigate("clients/" + clientIds.of(Demo.OSKAR), Component.class);
        assertThat(find(Paragraph.class).withText("2 waiting for your review.").exists())
                .isTrue();
        assertThat(find(Span.class).withText("To review").all()).hasSize(2);
        Anchor latest = find(Anchor.class)
                .withCondition(a ->
                        a.getHref().endsWith(submitted.getFirst().submissionId().toString()))
                .single();

        navigate(latest.getHref(), Component.class);

        assertThat(getCurrentView()).isInstanceOf(SubmissionReviewView.class);
        NativeTable table = find(NativeTable.class).single();
        assertThat(table.getCaptionText()).isEqualTo("Answers, beside the 1 before");
        String text = table.getElement().getTextRecursively();
        assertThat(text).contains("Was home for dinner at seven", "Called when I said I would");
        assertThat(text.indexOf("Was home for dinner")).as("this time first").isLessThan(text.indexOf("Called when"));
    }

    @Test
    void feedback_is_required_to_send_and_once_sent_the_submission_counts_as_reviewed() {
        var submitted = twoDaysOfPromises(Demo.SAMUEL);
        navigate("submissions/" + submitted.getFirst().submissionId(), Component.class);

        test(find(Button.class).withText("Send feedback").single()).click();
        TextArea feedback = find(TextArea.class).single();
        assertThat(feedback.isInvalid()).isTrue();
        assertThat(feedback.getErrorMessage()).isEqualTo("Write your feedback first");

        test(feedback).setValue("Two days running. Notice how that felt.");
        FocusMoves.forget();
        test(find(Button.class).withText("Send feedback").single()).click();

        var sent = find(Paragraph.class)
                .withText("Two days running. Notice how that felt.")
                .single();
        assertThat(FocusMoves.since())
                .as("focus lands on the feedback just sent")
                .containsExactly(
                        sent.getParent().orElseThrow().getParent().orElseThrow().getElement());
        assertThat(find(Button.class).withText("Mark as reviewed").exists()).isFalse();
        assertThat(reviews.submissionsOf(clientIds.of(Demo.SAMUEL)).getFirst().reviewed())
                .isTrue();

        navigate("submissions/" + submitted.get(1).submissionId(), Component.class);
        FocusMoves.forget();
        test(find(Button.class).withText("Mark as reviewed").single()).click();
        var facts = find(Paragraph.class).withTextContaining(" · reviewed").single();
        assertThat(FocusMoves.since())
                .as("the button is gone: focus lands on the line that says reviewed")
                .containsExactly(facts.getElement());
        assertThat(reviews.submissionsOf(clientIds.of(Demo.SAMUEL)))
                .allSatisfy(s -> assertThat(s.reviewed()).isTrue());

        navigate("clients/" + clientIds.of(Demo.SAMUEL), Component.class);
        assertThat(find(Paragraph.class).withText("All reviewed.").exists()).isTrue();
        assertThat(toReviewOnCaseload(Demo.SAMUEL))
                .as("nothing left shows as 0")
                .isEqualTo("0");
    }

    @Test
    void a_risk_alert_leads_the_client_page_until_the_clinician_follows_it_up() {
        UUID hana = clientIds.of(Demo.HANA);
        LocalDate today = clock.setToNoonIn(ZoneId.of("Europe/London"));
        assignments.assign(new AssignExercise(
                hana,
                templates.findByKey("phq-9").orElseThrow().getId(),
                null,
                ExerciseSchedule.once(today, LocalTime.of(23, 59)),
                false,
                null));
        signIn.as(Demo.HANA);
        UUID occurrence = assignments.myExercises().today().getFirst().occurrenceId();
        var questions = completion.myExercise(occurrence).questions();
        Map<Integer, Answer> answers = new HashMap<>();
        for (int item = 0; item < 9; item++) {
            answers.put(item, Answer.text(questions.get(item).options().get(item == 8 ? 2 : 0)));
        }
        completion.submit(occurrence, answers);
        signIn.as(Demo.CLINICIAN);

        navigate("clients/" + hana, Component.class);
        Div alert = find(Div.class).withClassName("mw-risk-alert").single();
        assertThat(alert.getElement().getTextRecursively()).contains("Risk alert since", "self-harm");
        assertThat(find(Span.class).withText("Risk alert").exists()).isTrue();

        // Signing off takes a note of what was done (RiskAlertSignOffTest: one alert at a time).
        test(find(com.vaadin.flow.component.textfield.TextArea.class, alert)
                        .withLabel("How you followed this up")
                        .single())
                .setValue("Called Hana; she is safe tonight.");
        test(find(Button.class, alert).withText("Sign off this alert").single()).click();

        assertThat(find(Div.class).withClassName("mw-risk-alert").exists()).isFalse();
    }

    @Test
    void another_clinician_opening_the_review_sees_nothing_of_it() {
        var submitted = twoDaysOfPromises(Demo.JONAS);
        signIn.as(Demo.CLINICIAN_2);

        navigate("submissions/" + submitted.getFirst().submissionId(), Component.class);

        assertThat(getCurrentView()).isInstanceOf(RecordNotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("promise", "Jonas");
    }
}
