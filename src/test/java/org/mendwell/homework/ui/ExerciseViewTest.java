package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.Answer;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.shared.ui.RecordNotFoundView;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.CrisisHelp;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.FocusMoves;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.TabCopy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The client's exercise page. Every test gives a fresh exercise, so they share one application
 * context and throw it away at the end.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLIENT)
@ChangesDemoPractice
class ExerciseViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    CompletionService completion;

    /** Gives the exercise as the client's clinician, signs in as the client and returns today's occurrence. */
    private UUID giveToday(String clientEmail, String templateKey) {
        return exercises.giveToday(clientEmail, templateKey, "Take your time.");
    }

    private TextArea textArea(String labelStart) {
        return find(TextArea.class)
                .withCondition(a -> a.getLabel() != null && a.getLabel().startsWith(labelStart))
                .single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> scale(String labelStart) {
        return find(RadioButtonGroup.class)
                .withCondition(g -> g.getLabel() != null && g.getLabel().startsWith(labelStart))
                .single();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private String saveState() {
        return find(Span.class).withClassName("mw-save-state").single().getText();
    }

    @Test
    void the_card_on_my_exercises_opens_the_exercise_and_every_change_is_kept_as_a_draft() {
        UUID occurrence = giveToday(Demo.CLIENT, "daily-check-in");
        navigate(MyExercisesView.class);
        test(find(RouterLink.class)
                        .withCondition(l -> l.getHref().endsWith(occurrence.toString()))
                        .single())
                .click();

        assertThat(getCurrentView()).isInstanceOf(ExerciseView.class);
        assertThat(find(Paragraph.class)
                        .withText("From your clinician: Take your time.")
                        .exists())
                .isTrue();
        assertThat(find(Span.class).withText("0 of 8 answered").exists()).isTrue();

        test(textArea("How I feel today")).setValue("Calmer than yesterday");
        assertThat(saveState())
                .as("what was saved, by the question's own words, not 'question 1'")
                .startsWith("Saved: How I feel today, at ");
        test(scale("Trust")).selectItem("6");

        assertThat(saveState()).startsWith("Saved: ").doesNotContain("question");
        assertThat(find(Span.class).withText("2 of 8 answered").exists()).isTrue();
        assertThat(completion.myExercise(occurrence).answers())
                .containsEntry(0, Answer.text("Calmer than yesterday"))
                .containsEntry(5, Answer.scale(6));

        navigate(ExerciseView.class, occurrence.toString());
        assertThat(textArea("How I feel today").getValue())
                .as("the draft comes back")
                .isEqualTo("Calmer than yesterday");
        assertThat(scale("Trust").getValue()).isEqualTo(6);
    }

    @Test
    void an_answer_typed_while_the_connection_was_down_is_put_back_from_the_tab_and_saved() {
        UUID occurrence = giveToday(Demo.CLIENT, "daily-check-in");
        navigate(ExerciseView.class, occurrence.toString());

        TabCopy.putBack(textArea("What's on my mind"), "Typed with no signal");

        assertThat(completion.myExercise(occurrence).answers()).containsEntry(1, Answer.text("Typed with no signal"));
        assertThat(saveState()).isEqualTo("What you typed while the connection was down has been put back and saved.");
    }

    @Test
    void an_answer_over_its_limit_is_kept_in_the_draft_with_its_message_but_not_counted_as_answered() {
        UUID occurrence = giveToday(Demo.CLIENT, "daily-check-in");
        navigate(ExerciseView.class, occurrence.toString());
        String tooLong = "a".repeat(10_000);

        test(textArea("How I feel today")).setValue(tooLong);
        test(textArea("What's on my mind")).setValue("Typed after the long one");

        assertThat(saveState())
                .startsWith("Saved: What's on my mind, at ")
                .contains("Too long to submit: How I feel today")
                .doesNotContain("Not saved");
        assertThat(find(Span.class).withText("1 of 8 answered").exists())
                .as("an answer too long to submit is not an answer yet")
                .isTrue();
        assertThat(textArea("How I feel today").getValue()).as("nothing is cut").isEqualTo(tooLong);
        assertThat(textArea("How I feel today").isInvalid()).isTrue();
        assertThat(textArea("How I feel today").getHelperText()).isEqualTo("10,000 / 4,000");
        assertThat(textArea("How I feel today").getErrorMessage())
                .as("the limit and the count, in plain words")
                .isEqualTo("4,000 characters at most; you have 10,000.");
        assertThat(completion.myExercise(occurrence).answers())
                .containsEntry(0, Answer.text(tooLong))
                .containsEntry(1, Answer.text("Typed after the long one"));

        navigate(ExerciseView.class, occurrence.toString());
        assertThat(textArea("How I feel today").getValue())
                .as("reopened: the words are still there")
                .isEqualTo(tooLong);
        assertThat(textArea("How I feel today").isInvalid()).isTrue();
    }

    @Test
    void a_submit_refused_for_an_answer_over_its_limit_keeps_it_and_says_it_is_too_long_to_submit() {
        UUID occurrence = giveToday(Demo.CLIENT, "daily-check-in");
        navigate(ExerciseView.class, occurrence.toString());
        String tooLong = "b".repeat(4100);
        test(textArea("How I feel today")).setValue(tooLong);

        test(button("Submit")).click();

        assertThat(saveState()).startsWith("Nothing was submitted. Too long to submit: How I feel today");
        assertThat(textArea("How I feel today").getValue())
                .as("still on screen to shorten")
                .isEqualTo(tooLong);
        assertThat(completion.myExercise(occurrence).answers())
                .as("and kept in the draft")
                .containsEntry(0, Answer.text(tooLong));
        assertThat(completion.myExercise(occurrence).submitted()).isFalse();
    }

    @Test
    void submit_marks_each_missing_answer_next_to_its_question_and_keeps_what_was_typed() {
        UUID occurrence = giveToday(Demo.CLIENT, "daily-check-in");
        navigate(ExerciseView.class, occurrence.toString());
        test(textArea("How I feel today")).setValue("Tired");

        test(button("Submit")).click();

        TextArea onMyMind = textArea("What's on my mind");
        assertThat(onMyMind.isInvalid()).isTrue();
        assertThat(onMyMind.getErrorMessage()).isEqualTo("Please answer this question");
        assertThat(textArea("What was hard this week").isInvalid())
                .as("optional")
                .isFalse();
        assertThat(scale("Safety").isInvalid()).isTrue();
        assertThat(textArea("How I feel today").getValue()).isEqualTo("Tired");
        assertThat(saveState()).contains("Your answers are saved");
        assertThat(completion.myExercise(occurrence).submitted()).isFalse();
    }

    @Test
    void a_submitted_exercise_is_read_only_shows_feedback_and_takes_a_reply_and_can_be_shared() {
        UUID occurrence = giveToday(Demo.CLIENT, "daily-check-in");
        navigate(ExerciseView.class, occurrence.toString());
        test(textArea("How I feel today")).setValue("Hopeful");
        test(textArea("What's on my mind")).setValue("Our talk on Sunday");
        test(textArea("What I need from you now")).setValue("Patience");
        for (String scale : List.of("Safety", "Trust", "Hope", "Closeness")) {
            test(scale(scale)).selectItem("7");
        }
        FocusMoves.forget();

        test(button("Submit")).click();

        assertThat(FocusMoves.since())
                .as("focus lands on the line saying it was submitted")
                .containsExactly(find(Paragraph.class)
                        .withClassName("mw-template-facts")
                        .single()
                        .getElement());
        assertThat(find(Paragraph.class)
                        .withClassName("mw-template-facts")
                        .single()
                        .getText())
                .startsWith("Submitted");
        assertThat(textArea("How I feel today").isReadOnly()).isTrue();
        assertThat(scale("Trust").isReadOnly()).isTrue();
        assertThat(find(Button.class).withText("Submit").exists()).isFalse();
        assertThat(find(Paragraph.class)
                        .withTextContaining("hasn't written anything yet")
                        .exists())
                .isTrue();

        test(textArea("Reply to your clinician")).setValue("Looking forward to Thursday.");
        FocusMoves.forget();
        test(button("Send reply")).click();
        var reply =
                find(Paragraph.class).withText("Looking forward to Thursday.").single();
        assertThat(FocusMoves.since())
                .as("focus lands on the reply in the conversation")
                .containsExactly(reply.getParent()
                        .orElseThrow()
                        .getParent()
                        .orElseThrow()
                        .getElement());

        Checkbox share =
                find(Checkbox.class).withLabel("Share this one with my partner").single();
        assertThat(share.getHelperText()).contains("Safety questions are never shared.");
        test(share).click();
        assertThat(completion.myExercise(occurrence).sharedWithPartner()).isTrue();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Question> chosen = find(CheckboxGroup.class)
                .withLabel("Answers your partner will see")
                .single();
        assertThat(chosen.isVisible()).isTrue();
        assertThat(chosen.getListDataView().getItems().map(Question::prompt))
                .as("answered questions, not the safety rating")
                .hasSize(6)
                .noneMatch(prompt -> prompt.startsWith("Safety:"));
        assertThat(chosen.getValue()).hasSize(6);
        test(chosen).deselectItem("How I feel today: how are you feeling, in a few words?");
        assertThat(completion.myExercise(occurrence).withheldFromPartner()).containsExactly(0);
        chosen.setValue(java.util.Set.of()); // every answer unticked
        assertThat(chosen.isInvalid()).as("an empty page is never shared").isTrue();
        assertThat(chosen.getValue())
                .as("the boxes show what is still shared, not the refused choice")
                .hasSize(5);
        assertThat(chosen.getErrorMessage())
                .isEqualTo("Choose at least one answer to share. To share nothing, turn sharing off.");
        assertThat(completion.myExercise(occurrence).withheldFromPartner())
                .as("the last choice stands")
                .containsExactly(0);

        signIn.as(Demo.JONAS);
        navigate(MyExercisesView.class);
        test(find(RouterLink.class)
                        .withCondition(l -> l.getHref().startsWith("my/shared/"))
                        .single())
                .click();
        assertThat(getCurrentView()).isInstanceOf(SharedSubmissionView.class);
        assertThat(find(Paragraph.class)
                        .withTextContaining("Robin Ashdown shared this with you")
                        .exists())
                .isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Our talk on Sunday", "Patience")
                .doesNotContain("Hopeful", "How I feel today", "Safety:");
    }

    /** Opens the PHQ-9 and answers its nine scored items: "Several days" for one, "Not at all" for the rest. */
    private void answerPhq9(UUID occurrence, int severalDaysItem) {
        navigate(ExerciseView.class, occurrence.toString());
        @SuppressWarnings("unchecked")
        List<RadioButtonGroup<String>> items = find(RadioButtonGroup.class).all().stream()
                .map(g -> (RadioButtonGroup<String>) g)
                .toList();
        for (int item = 0; item < 9; item++) {
            test(items.get(item)).selectItem(item == severalDaysItem ? "Several days" : "Not at all");
        }
    }

    @Test
    void a_risky_phq9_answer_shows_crisis_resources_as_soon_as_it_is_submitted() {
        UUID occurrence = giveToday(Demo.CLIENT, "phq-9");
        answerPhq9(occurrence, 8);

        test(button("Submit")).click();

        Div crisis = find(Div.class).withClassName("mw-crisis").single();
        assertThat(crisis.getElement().getTextRecursively())
                .contains("116 123", "1737", "111 in New Zealand", "emergency number");
        CrisisHelp.assertInFront(getCurrentView(), crisis);
        assertThat(find(Notification.class).all())
                .as("nothing laid over the help")
                .isEmpty();
        assertThat(find(Paragraph.class)
                        .withTextContaining("Your score: 1 out of 27")
                        .exists())
                .isTrue();

        navigate(ExerciseView.class, occurrence.toString());
        CrisisHelp.assertShownWithoutTakingFocus(
                getCurrentView(), find(Div.class).withClassName("mw-crisis").single());
    }

    @Test
    void a_phq9_without_a_risky_answer_shows_no_crisis_help_and_thanks_the_client() {
        UUID occurrence = giveToday(Demo.CLIENT, "phq-9");
        answerPhq9(occurrence, 0);
        FocusMoves.forget();

        test(button("Submit")).click();

        assertThat(FocusMoves.since())
                .as("focus lands on the score")
                .containsExactly(find(com.vaadin.flow.component.html.Section.class)
                        .withClassName("mw-score")
                        .single()
                        .getElement());
        assertThat(find(Div.class).withClassName("mw-crisis").exists()).isFalse();
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).contains("Thank you"));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_risky_answer_never_promises_a_clinician_who_is_not_there_and_the_client_is_told_whom_to_contact() {
        UUID occurrence = giveToday(Demo.HANA, "phq-9");
        // Deactivated before deactivation asked for a handover: the data a practice may hold today.
        jdbc.update("update account set active = false where email = ?", Demo.CLINICIAN);
        try {
            answerPhq9(occurrence, 8);
            test(button("Submit")).click();

            String crisis = find(Div.class)
                    .withClassName("mw-crisis")
                    .single()
                    .getElement()
                    .getTextRecursively();
            assertThat(crisis).contains("Your practice has been told").doesNotContain("clinician has been told");
            assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Your clinician will talk");

            navigate(MyExercisesView.class);
            assertThat(find(Paragraph.class)
                            .withTextContaining("contact the practice's administrator")
                            .single()
                            .getText())
                    .contains(Demo.ADMIN);
        } finally {
            jdbc.update("update account set active = true where email = ?", Demo.CLINICIAN);
        }
    }

    @Test
    void multiple_choice_answers_are_kept_in_the_options_order() {
        UUID occurrence = giveToday(Demo.CLIENT, "accountability-owning-what-happened");
        navigate(ExerciseView.class, occurrence.toString());
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> slips = find(CheckboxGroup.class).single();

        test(slips).selectItem("Wanting to move on quickly");
        test(slips).selectItem("Saying it wasn't that bad");

        assertThat(completion.myExercise(occurrence).answers().get(2).choices())
                .containsExactly("Saying it wasn't that bad", "Wanting to move on quickly");
    }

    @Test
    void another_clients_exercise_shows_nothing_of_it() {
        UUID robins = giveToday(Demo.CLIENT, "daily-check-in");
        signIn.as(Demo.JONAS);

        navigate("my/exercise/" + robins, Component.class);

        assertThat(getCurrentView()).isInstanceOf(RecordNotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Daily check-in");
    }

    @Test
    void the_shared_page_without_an_id_or_with_a_malformed_one_says_calmly_there_is_nothing_to_show() {
        signIn.as(Demo.JONAS);
        for (String address : List.of("my/shared", "my/shared/not-an-id")) {
            navigate(address, Component.class);

            assertThat(getCurrentView()).as(address).isInstanceOf(SharedSubmissionView.class);
            assertThat(((Component) getCurrentView()).getParent())
                    .as("in the portal layout")
                    .containsInstanceOf(org.mendwell.shared.ui.MainLayout.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).contains("Nothing to show here");
        }
        // A well-formed id that names nothing looks the same as one not shared with him: refused, nothing of it.
        navigate("my/shared/" + UUID.randomUUID(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(RecordNotFoundView.class);
    }
}
