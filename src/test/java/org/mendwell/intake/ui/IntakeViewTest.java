package org.mendwell.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePickerTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeChoices.PreferredContact;
import org.mendwell.intake.IntakeChoices.Readiness;
import org.mendwell.intake.IntakeChoices.SafetyAnswer;
import org.mendwell.intake.IntakeChoices.TrustBreach;
import org.mendwell.intake.IntakeChoices.WorkMode;
import org.mendwell.intake.IntakeForm;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.ui.DatePickers;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.CrisisHelp;
import org.mendwell.support.Demo;
import org.mendwell.support.FocusMoves;
import org.mendwell.support.IntakeFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.TabCopy;
import org.mendwell.support.TypedDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The client's intake page, step by step, as Elena (a draft in progress) and Priya (submitted).
 * Every change on the page saves Elena's draft, so each test puts her demo draft back afterwards.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.ELENA)
class IntakeViewTest extends SpringBrowserlessTest {

    static final String PHONE_MESSAGE = "Enter a phone number with digits, spaces and an optional leading +";
    static final String GOAL_MESSAGE = "Write at least one goal, in your own words";

    @Autowired
    IntakeService intakes;

    private IntakeForm before;

    @BeforeEach
    void rememberTheDraft() {
        before = intakes.myIntake();
    }

    @AfterEach
    void putTheDraftBack() {
        if (!before.submitted() && !intakes.myIntake().submitted()) {
            intakes.saveDraft(before.answers());
        }
    }

    private String stepTitle() {
        return stepHeading().getText();
    }

    private H3 stepHeading() {
        return find(H3.class).withClassName("mw-step-title").single();
    }

    /** Whether the component and every container around it is visible: what a person could see. */
    private static boolean shown(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private TextField textField(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    private TextArea textArea(String label) {
        return find(TextArea.class).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radios(String labelStart) {
        return find(RadioButtonGroup.class).withLabelContaining(labelStart).single();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private void tick(Checkbox checkbox) {
        if (!checkbox.getValue()) {
            test(checkbox).click();
        }
        assertThat(checkbox.getValue()).isTrue();
    }

    private void goToStep(String name) {
        test(button(name)).click();
    }

    @Test
    void the_intake_opens_on_the_first_step_with_the_saved_draft_and_next_and_back_move_between_steps() {
        navigate(IntakeView.class);

        assertThat(stepTitle()).isEqualTo("Step 1 of 7: About you");
        var preferredName = textField("What should we call you?");
        assertThat(preferredName.getValue()).isEqualTo("Elena");
        assertThat(find(ComboBox.class).withLabel("Time zone").single().getValue())
                .isEqualTo("Europe/London");
        assertThat(find(TextField.class).withLabel("Their name").exists())
                .as("the next step is hidden")
                .isFalse();
        assertThat(button("Back").isEnabled()).isFalse();
        assertThat(find(Button.class).withText("Submit my intake").exists()).isFalse();

        test(button("Next")).click();

        assertThat(stepTitle()).isEqualTo("Step 2 of 7: Emergency contact");
        var emergencyName = textField("Their name");
        assertThat(emergencyName.getValue()).isEqualTo("Jordan Bell");
        assertThat(shown(preferredName)).isFalse();
        assertThat(button("Back").isEnabled()).isTrue();

        test(button("Back")).click();

        assertThat(stepTitle()).isEqualTo("Step 1 of 7: About you");
        assertThat(shown(preferredName)).isTrue();
        assertThat(shown(emergencyName)).isFalse();

        goToStep("Consent");

        assertThat(stepTitle()).isEqualTo("Step 7 of 7: Consent");
        assertThat(shown(textField("Type your full name to sign"))).isTrue();
        assertThat(find(Button.class).withText("Next").exists()).isFalse();
        assertThat(shown(button("Submit my intake"))).isTrue();
        assertThat(shown(preferredName)).isFalse();
    }

    @Test
    void next_back_and_the_list_of_steps_move_focus_to_the_new_steps_heading() {
        navigate(IntakeView.class);
        FocusMoves.forget();

        test(button("Next")).click();

        assertThat(FocusMoves.since()).containsExactly(stepHeading().getElement());
        assertThat(stepHeading().getText()).isEqualTo("Step 2 of 7: Emergency contact");
        assertThat(stepHeading().getElement().getAttribute("tabindex"))
                .as("focusable by script, not a tab stop")
                .isEqualTo("-1");

        goToStep("Goals");
        assertThat(FocusMoves.since()).containsExactly(stepHeading().getElement());
        assertThat(stepHeading().getText()).isEqualTo("Step 5 of 7: Goals");

        test(button("Back")).click();
        assertThat(FocusMoves.since()).containsExactly(stepHeading().getElement());
        assertThat(stepHeading().getText()).isEqualTo("Step 4 of 7: What happened to trust");
    }

    @Test
    void changing_an_answer_saves_the_draft_at_once_even_when_it_is_not_valid_yet() {
        navigate(IntakeView.class);

        test(textField("Phone")).setValue("abc");

        assertThat(intakes.myIntake().answers().getPhone()).isEqualTo("abc");
        assertThat(find(Span.class).withClassName("mw-save-state").single().getText())
                .isEqualTo("Saved: Phone");
        assertThat(textField("Phone").isInvalid())
                .as("a draft does not judge the format")
                .isFalse();
    }

    /**
     * Real use: a phone "kb answer" kept in the draft came back on reopening with no message, and the status
     * said "Draft saved". Each kept answer the submit would refuse shows its message when the page opens.
     */
    @Test
    void kept_answers_the_submit_would_refuse_show_their_messages_when_the_intake_opens_again() {
        navigate(IntakeView.class);
        test(textField("Phone")).setValue("kb answer");
        goToStep("Emergency contact");
        test(textField("Their phone")).setValue("call my sister");

        navigate("my/exercises", Component.class); // the browser closed, and the intake opened again
        navigate(IntakeView.class);

        var phone = textField("Phone");
        assertThat(phone.getValue()).isEqualTo("kb answer");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo(PHONE_MESSAGE);
        assertThat(textField("What should we call you?").isInvalid())
                .as("a valid answer has no message")
                .isFalse();
        assertThat(saveState())
                .as("the status names what to correct instead of saying all is well")
                .isEqualTo(
                        "Draft saved. To correct before you submit: Phone, Their phone. See the message next to each.");
        goToStep("Emergency contact");
        assertThat(textField("Their phone").getErrorMessage()).isEqualTo(PHONE_MESSAGE);
        goToStep("About you");

        test(textField("Pronouns (optional)")).setValue("they/them");
        assertThat(phone.getErrorMessage())
                .as("another answer changed: the message stays until the phone itself is changed")
                .isEqualTo(PHONE_MESSAGE);
        test(phone).setValue("+44 20 7946 0555");
        assertThat(phone.isInvalid()).isFalse();
    }

    @Test
    void a_date_of_birth_in_the_future_is_refused_next_to_its_field_and_every_later_answer_is_still_saved() {
        navigate(IntakeView.class);
        var dateOfBirth = find(DatePicker.class).withLabel("Date of birth").single();
        LocalDate stored = before.answers().getDateOfBirth();

        typeInto(dateOfBirth, LocalDate.now().plusYears(2)); // a typo such as 3/14/2028

        assertThat(dateOfBirth.isInvalid()).isTrue();
        assertThat(dateOfBirth.getErrorMessage()).isEqualTo("A date of birth can't be in the future: check the year");
        assertThat(saveState())
                .as("the refused date was not saved, and the page must not say it was")
                .doesNotStartWith("Saved")
                .contains("Date of birth");

        test(textField("Phone")).setValue("+44 20 7946 0999");
        assertThat(saveState()).startsWith("Saved: Phone").contains("Date of birth");
        goToStep("Emergency contact");
        test(textField("Their name")).setValue("Ruth Sorvino");
        goToStep("What brings you here");
        test(textArea("What brings you here, in your own words?")).setValue("Typed after the wrong year");
        goToStep("Goals");
        test(textArea("Goal 3 (optional)")).setValue("Sleep through the night");

        assertThat(dateOfBirth.getValue())
                .as("what the client typed stays on the page")
                .isAfter(LocalDate.now());
        assertThat(dateOfBirth.isInvalid()).isTrue();
        IntakeAnswers reopened = intakes.myIntake().answers();
        assertThat(reopened.getPhone()).isEqualTo("+44 20 7946 0999");
        assertThat(reopened.getEmergencyName()).isEqualTo("Ruth Sorvino");
        assertThat(reopened.getReason()).isEqualTo("Typed after the wrong year");
        assertThat(reopened.getGoal3()).isEqualTo("Sleep through the night");
        assertThat(reopened.getDateOfBirth())
                .as("the refused date is not stored")
                .isEqualTo(stored);

        navigate("my/exercises", Component.class); // away, and back: the page opens afresh from the database
        navigate(IntakeView.class);
        assertThat(stepTitle()).isEqualTo("Step 1 of 7: About you");
        assertThat(textField("Phone").getValue()).isEqualTo("+44 20 7946 0999");
        var reopenedDate = find(DatePicker.class).withLabel("Date of birth").single();
        assertThat(reopenedDate.getElement().getProperty("_inputElementValue"))
                .as("the refused date is back as it was typed, not the last one accepted")
                .isEqualTo(DatePickers.format(LocalDate.now().plusYears(2), reopenedDate));
        assertThat(reopenedDate.isInvalid()).isTrue();
        assertThat(reopenedDate.getErrorMessage()).isEqualTo("A date of birth can't be in the future: check the year");
        goToStep("Goals");
        assertThat(textArea("Goal 3 (optional)").getValue()).isEqualTo("Sleep through the night");
    }

    /**
     * Real use: a date of birth the field refused was gone after closing the browser, while every other answer
     * was kept. What was typed is kept with the draft, comes back with its message, and holds back the submit.
     */
    @Test
    void a_refused_date_of_birth_is_kept_as_typed_and_comes_back_with_its_message() {
        navigate(IntakeView.class);
        var dateOfBirth = find(DatePicker.class).withLabel("Date of birth").single();

        TypedDates.typeUnreadable(dateOfBirth, "1990");

        assertThat(dateOfBirth.getErrorMessage()).startsWith("1990 is not a whole date.");
        assertThat(saveState()).startsWith("Not saved: Date of birth");
        assertThat(intakes.myIntake().answers().getDateOfBirthAsTyped()).isEqualTo("1990");
        assertThat(intakes.myIntake().answers().getDateOfBirth())
                .as("the stored date is still the last one accepted")
                .isEqualTo(before.answers().getDateOfBirth());
        test(textField("Phone")).setValue("+44 20 7946 0777");
        assertThat(intakes.myIntake().answers().getDateOfBirthAsTyped())
                .as("still kept after another answer is saved")
                .isEqualTo("1990");

        navigate("my/exercises", Component.class); // the browser closed, and the intake opened again
        navigate(IntakeView.class);

        var reopened = find(DatePicker.class).withLabel("Date of birth").single();
        assertThat(reopened.getElement().getProperty("_inputElementValue")).isEqualTo("1990");
        assertThat(reopened.isInvalid()).isTrue();
        assertThat(reopened.getErrorMessage()).startsWith("1990 is not a whole date.");
        assertThat(saveState()).startsWith("Not saved: Date of birth");
        goToStep("Consent");
        test(button("Submit my intake")).click();
        assertThat(stepTitle()).isEqualTo("Step 1 of 7: About you");
        assertThat(reopened.getErrorMessage()).startsWith("1990 is not a whole date.");
        assertThat(intakes.myIntake().submitted()).isFalse();

        typeInto(reopened, LocalDate.of(1990, 5, 17));
        assertThat(reopened.isInvalid()).isFalse();
        assertThat(intakes.myIntake().answers().getDateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(intakes.myIntake().answers().getDateOfBirthAsTyped()).isNull();
    }

    @Test
    void the_date_of_birth_is_typed_in_the_locales_order_opens_about_thirty_years_ago_and_refuses_absurd_ages() {
        navigate(IntakeView.class);
        var dateOfBirth = find(DatePicker.class).withLabel("Date of birth").single();

        assertThat(dateOfBirth.getI18n().getDateFormats())
                .first()
                .isEqualTo(DatePickers.pattern(dateOfBirth.getLocale()));
        assertThat(dateOfBirth.getInitialPosition().getYear())
                .isBetween(LocalDate.now().getYear() - 31, LocalDate.now().getYear() - 29);

        typeInto(dateOfBirth, LocalDate.now().minusYears(121));

        assertThat(dateOfBirth.isInvalid()).isTrue();
        assertThat(dateOfBirth.getErrorMessage()).isEqualTo("That is more than 120 years ago: check the year");
        assertThat(intakes.myIntake().answers().getDateOfBirth())
                .isEqualTo(before.answers().getDateOfBirth());

        typeInto(dateOfBirth, LocalDate.of(1987, 11, 30));

        assertThat(dateOfBirth.isInvalid()).isFalse();
        assertThat(saveState()).isEqualTo("Saved: Date of birth");
        assertThat(intakes.myIntake().answers().getDateOfBirth()).isEqualTo(LocalDate.of(1987, 11, 30));
    }

    @Test
    void the_date_of_birth_takes_typing_on_a_phone_says_its_order_and_explains_a_date_that_does_not_exist() {
        navigate(IntakeView.class);
        var dateOfBirth = find(DatePicker.class).withLabel("Date of birth").single();
        String pattern = DatePickers.pattern(dateOfBirth.getLocale());

        assertThat(dateOfBirth.isAutoOpen())
                .as("typing, not a full-screen calendar, on the first touch")
                .isFalse();
        assertThat(dateOfBirth.getHelperText())
                .isEqualTo(Character.toUpperCase(DatePickers.order(pattern).charAt(0))
                        + DatePickers.order(pattern).substring(1) + ", like "
                        + java.time.format.DateTimeFormatter.ofPattern(pattern).format(LocalDate.of(1988, 3, 14)));
        assertThat(dateOfBirth.getI18n().getDateFormats())
                .as("digits only, from a number pad")
                .contains(DatePickers.digitsOnly(pattern));
        test(textField("Phone")).setValue("+44 20 7946 0444");

        TypedDates.typeUnreadable(
                dateOfBirth,
                pattern.replaceAll("d+", "30").replaceAll("M+", "02").replaceAll("y+", "1990"));

        assertThat(dateOfBirth.isInvalid()).isTrue();
        assertThat(dateOfBirth.getErrorMessage())
                .isEqualTo("February 1990 has 28 days, so there is no day 30: check the day");
        assertThat(saveState()).startsWith("Not saved: Date of birth");
        assertThat(intakes.myIntake().answers().getDateOfBirth())
                .isEqualTo(before.answers().getDateOfBirth());
        assertThat(intakes.myIntake().answers().getPhone())
                .as("nothing else typed is lost")
                .isEqualTo("+44 20 7946 0444");
        assertThat(textField("Phone").getValue()).isEqualTo("+44 20 7946 0444");

        TypedDates.typeUnreadable(dateOfBirth, "the spring of 88");

        assertThat(dateOfBirth.isInvalid()).isTrue();
        assertThat(dateOfBirth.getErrorMessage())
                .startsWith("We can't read that as a date. Write the " + DatePickers.order(pattern) + ", like ");
    }

    @Test
    void an_answer_over_its_limit_is_kept_whole_in_the_draft_with_its_count_and_the_limit_message() {
        navigate(IntakeView.class);
        var pronouns = textField("Pronouns (optional)");
        assertThat(pronouns.getHelperText())
                .as("the limit is shown before anything is typed")
                .endsWith(" / 40");
        String tooLong = "they/them, or whatever feels right on the day";

        test(pronouns).setValue(tooLong);

        assertThat(pronouns.getValue()).as("nothing is cut").isEqualTo(tooLong);
        assertThat(pronouns.getElement().hasProperty("maxlength"))
                .as("no maxlength for the browser to cut at")
                .isFalse();
        assertThat(pronouns.getHelperText()).isEqualTo(tooLong.length() + " / 40");
        assertThat(pronouns.isInvalid()).isTrue();
        assertThat(pronouns.getErrorMessage())
                .as("the same words while typing and after the save")
                .isEqualTo("40 characters at most; you have " + tooLong.length() + ".");
        assertThat(saveState()).startsWith("Saved: Pronouns (optional). Too long to submit: Pronouns (optional)");
        assertThat(intakes.myIntake().answers().getPronouns())
                .as("kept as the draft: nothing typed is lost")
                .isEqualTo(tooLong);

        navigate(IntakeView.class);
        var reopened = textField("Pronouns (optional)");
        assertThat(reopened.getValue()).isEqualTo(tooLong);
        assertThat(reopened.isInvalid()).isTrue();
        pronouns = reopened;

        test(pronouns).setValue("they/them");

        assertThat(pronouns.isInvalid()).isFalse();
        assertThat(pronouns.getHelperText()).isEqualTo("9 / 40");
        assertThat(saveState()).isEqualTo("Saved: Pronouns (optional)");
        assertThat(intakes.myIntake().answers().getPronouns()).isEqualTo("they/them");
    }

    /**
     * Real use: the counter counted the spaces a phone keyboard leaves at the end and said "too long", while
     * the save did not. One rule for both: the spaces at either end do not count.
     */
    @Test
    void the_counter_and_the_limit_message_count_an_answer_the_same_way() {
        navigate(IntakeView.class);
        var pronouns = textField("Pronouns (optional)");
        String forty = "they/them, he/him, or whatever feels ok.";
        assertThat(forty).hasSize(40);

        test(pronouns).setValue(forty + "  ");

        assertThat(pronouns.getHelperText()).isEqualTo("40 / 40");
        assertThat(pronouns.isInvalid()).isFalse();
        assertThat(saveState()).isEqualTo("Saved: Pronouns (optional)");

        test(pronouns).setValue(" " + forty + "! ");
        assertThat(pronouns.getHelperText()).isEqualTo("41 / 40");
        assertThat(pronouns.getErrorMessage())
                .as("the same number in the counter and in the message")
                .isEqualTo("40 characters at most; you have 41.");
        assertThat(saveState()).startsWith("Saved: Pronouns (optional). Too long to submit: Pronouns (optional)");
    }

    /**
     * A date typed into the picker as a client would: the browser sends any date it can parse, past the
     * picker's limits (the tester's own setValue refuses those), and the server has to judge it.
     */
    private static void typeInto(DatePicker picker, LocalDate date) {
        new DatePickerTester<DatePicker>(picker) {
            void type(LocalDate typed) {
                setValueAsUser(typed);
            }
        }.type(date);
    }

    @Test
    void words_kept_in_the_tab_while_the_connection_was_down_are_put_back_saved_and_said_so() {
        navigate(IntakeView.class);
        var preferredName = textField("What should we call you?");

        TabCopy.putBack(preferredName, "Ellie, typed on the train");

        assertThat(preferredName.getValue()).isEqualTo("Ellie, typed on the train");
        assertThat(intakes.myIntake().answers().getPreferredName()).isEqualTo("Ellie, typed on the train");
        assertThat(saveState()).isEqualTo("What you typed while the connection was down has been put back and saved.");
    }

    @Test
    void words_put_back_that_cannot_be_saved_are_not_called_saved() {
        navigate(IntakeView.class);
        var preferredName = textField("What should we call you?");
        String stored = intakes.myIntake().answers().getPreferredName();

        TabCopy.putBack(preferredName, "Ellie \uD83D"); // half an emoji: the service keeps the answer as it was

        assertThat(intakes.myIntake().answers().getPreferredName()).isEqualTo(stored);
        assertThat(saveState())
                .startsWith("Not saved: What should we call you? ")
                .doesNotContain("put back");
    }

    private String saveState() {
        return find(Span.class).withClassName("mw-save-state").single().getText();
    }

    @Test
    void submitting_with_problems_marks_each_field_jumps_to_the_first_step_with_one_and_keeps_every_value() {
        navigate(IntakeView.class);
        var phone = textField("Phone");
        var preferredName = textField("What should we call you?");
        test(phone).setValue("abc");
        goToStep("Emergency contact");
        var relationship = textField("How you know them");
        test(relationship).setValue("Cousin");
        goToStep("Goals");
        var goal1 = textArea("Goal 1");
        var goal2 = textArea("Goal 2 (optional)");
        goToStep("Consent");
        var signature = textField("Type your full name to sign");
        var treatment =
                find(Checkbox.class).withLabel("I have read this and I agree").single();

        test(button("Submit my intake")).click();

        assertThat(stepTitle()).isEqualTo("Step 1 of 7: About you");
        assertThat(shown(phone)).isTrue();
        assertThat(shown(signature)).isFalse();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo(PHONE_MESSAGE);
        assertThat(goal1.isInvalid()).isTrue();
        assertThat(goal1.getErrorMessage()).isEqualTo(GOAL_MESSAGE);
        assertThat(signature.isInvalid()).isTrue();
        assertThat(signature.getErrorMessage()).isEqualTo("Type your full name to sign");
        assertThat(treatment.isInvalid()).isTrue();
        assertThat(preferredName.isInvalid()).isFalse();
        assertThat(relationship.isInvalid()).isFalse();

        assertThat(phone.getValue()).isEqualTo("abc");
        assertThat(preferredName.getValue()).isEqualTo("Elena");
        assertThat(relationship.getValue()).isEqualTo("Cousin");
        assertThat(goal2.getValue()).isEqualTo("Be able to ask a question without it turning into a fight");
        assertThat(find(Notification.class).all())
                .as("a notification at the top covered the step's heading")
                .isEmpty();
        assertThat(find(Paragraph.class)
                        .withClassName("mw-form-problems")
                        .single()
                        .getText())
                .isEqualTo("A few answers need a look before you submit: About you, Goals, Consent.");
        assertThat(intakes.myIntake().submitted()).isFalse();

        goToStep("Consent");
        test(button("Submit my intake")).click();
        assertThat(find(Notification.class).all()).as("refusals do not stack").isEmpty();
        assertThat(find(Paragraph.class).withClassName("mw-form-problems").all())
                .singleElement()
                .satisfies(summary -> assertThat(summary.getText())
                        .isEqualTo("A few answers need a look before you submit: About you, Goals, Consent."));
        assertThat(stepTitle()).isEqualTo("Step 1 of 7: About you");
        assertThat(phone.getErrorMessage()).as("the field's own message").isEqualTo(PHONE_MESSAGE);

        test(phone).setValue("+44 20 7946 0123");
        assertThat(phone.isInvalid())
                .as("a message clears when its field changes")
                .isFalse();
    }

    @Test
    void a_refused_submit_without_problems_on_the_first_steps_opens_the_first_step_that_has_one() {
        navigate(IntakeView.class);
        var phone = textField("Phone");
        goToStep("Consent");
        FocusMoves.forget();

        test(button("Submit my intake")).click();

        assertThat(stepTitle()).isEqualTo("Step 5 of 7: Goals");
        var goal1 = textArea("Goal 1");
        assertThat(goal1.isInvalid()).isTrue();
        assertThat(FocusMoves.since())
                .as("focus goes to the first answer that needs a look")
                .containsExactly(goal1.getElement());
        assertThat(shown(phone)).isFalse();
        assertThat(phone.isInvalid()).isFalse();
    }

    @Test
    @ChangesDemoPractice
    @SuppressWarnings("unchecked")
    void a_complete_intake_is_submitted_and_then_shown_read_only() {
        navigate(IntakeView.class);

        test(textField("What should we call you?")).setValue("Lena");
        test(textField("Pronouns (optional)")).setValue("she/her");
        test(find(DatePicker.class).withLabel("Date of birth").single()).setValue(LocalDate.of(1988, 2, 29));
        test(textField("Phone")).setValue("+44 20 7946 0456");
        ComboBox<String> timeZone = find(ComboBox.class).withLabel("Time zone").single();
        test(timeZone).selectItem("Europe/London");
        test(radios("How should we contact you?")).selectItem("Text message");

        test(button("Next")).click();
        test(textField("Their name")).setValue("Ruth Sorvino");
        test(textField("How you know them")).setValue("Sister");
        test(textField("Their phone")).setValue("+44 20 7946 0789");

        test(button("Next")).click();
        test(textArea("What brings you here, in your own words?")).setValue("I want to trust people again.");
        test(radios("Would you like to work")).selectItem("On my own");

        test(button("Next")).click();
        CheckboxGroup<TrustBreach> breaches = find(CheckboxGroup.class)
                .withLabel("What fits what happened? Tick all that apply.")
                .single();
        test(breaches).deselectAll();
        test(breaches).selectItem("Promises that were broken");

        test(button("Next")).click();
        test(textArea("Goal 1")).setValue("Say what I need without bracing for a fight");
        test(radios("How ready do you feel to start?")).selectItem("I'm ready to work on this");

        test(button("Next")).click();
        test(radios("Are you afraid of your partner")).selectItem("No");
        test(radios("Has anyone close to you hurt you physically")).selectItem("No");
        test(radios("Has anyone close to you repeatedly belittled")).selectItem("I'd rather not say");
        test(radios("Does someone control your money")).selectItem("No");

        test(button("Next")).click();
        assertThat(stepTitle()).isEqualTo("Step 7 of 7: Consent");
        tick(find(Checkbox.class).withLabel("I have read this and I agree").single());
        tick(find(Checkbox.class)
                .withLabel("I have read the privacy notice and I agree")
                .single());
        test(textField("Type your full name to sign")).setValue("Elena Sorvino");

        test(button("Submit my intake")).click();

        assertThat(find(Paragraph.class)
                        .withTextContaining("You submitted your intake on")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Submit my intake").exists()).isFalse();
        assertThat(find(TextField.class).exists()).isFalse();
        assertThat(find(TextArea.class).exists()).isFalse();
        assertThat(find(Div.class).withClassName("mw-intake-sections").exists()).isTrue();

        IntakeForm saved = intakes.myIntake();
        assertThat(saved.submitted()).isTrue();
        IntakeAnswers answers = saved.answers();
        assertThat(answers.getPreferredName()).isEqualTo("Lena");
        assertThat(answers.getDateOfBirth()).isEqualTo(LocalDate.of(1988, 2, 29));
        assertThat(answers.getTimeZone()).isEqualTo("Europe/London");
        assertThat(answers.getPreferredContact()).isEqualTo(PreferredContact.TEXT_MESSAGE);
        assertThat(answers.getEmergencyName()).isEqualTo("Ruth Sorvino");
        assertThat(answers.getWorkMode()).isEqualTo(WorkMode.INDIVIDUAL);
        assertThat(answers.getTrustBreaches()).containsExactly(TrustBreach.BROKEN_PROMISES);
        assertThat(answers.getGoal1()).isEqualTo("Say what I need without bracing for a fight");
        assertThat(answers.getReadiness()).isEqualTo(Readiness.READY);
        assertThat(answers.getSafetyEmotional()).isEqualTo(SafetyAnswer.PREFER_NOT_TO_SAY);
        assertThat(answers.isConsentTreatment()).isTrue();
        assertThat(answers.isConsentPrivacy()).isTrue();
        assertThat(answers.getSignatureName()).isEqualTo("Elena Sorvino");
    }

    @Test
    @ChangesDemoPractice
    void submitting_a_yes_to_a_safety_question_puts_the_help_in_front_of_the_client() {
        IntakeAnswers afraid = IntakeFixtures.complete("Elena Sorvino");
        afraid.setSafetyAfraid(SafetyAnswer.YES);
        intakes.saveDraft(afraid);
        navigate(IntakeView.class);
        goToStep("Consent");

        test(button("Submit my intake")).click();

        assertThat(intakes.myIntake().submitted()).isTrue();
        Div help = find(Div.class).withClassName("mw-crisis").single();
        assertThat(help.getElement().getTextRecursively()).contains("emergency number", "domestic abuse helpline");
        CrisisHelp.assertInFront(getCurrentView(), help);
        assertThat(find(Notification.class).all())
                .as("nothing laid over the help")
                .isEmpty();
    }

    @Test
    @ChangesDemoPractice
    void submitting_without_a_safety_concern_thanks_the_client_and_shows_no_crisis_help() {
        intakes.saveDraft(IntakeFixtures.complete("Elena Sorvino"));
        navigate(IntakeView.class);
        goToStep("Consent");
        FocusMoves.forget();

        test(button("Submit my intake")).click();

        assertThat(FocusMoves.since())
                .as("focus lands on the confirmation")
                .containsExactly(find(Paragraph.class)
                        .withTextContaining("You submitted your intake on")
                        .single()
                        .getElement());
        assertThat(find(Div.class).withClassName("mw-crisis").exists()).isFalse();
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).contains("Thank you"));
    }

    @Test
    @ChangesDemoPractice
    void an_intake_submitted_from_another_tab_turns_this_page_read_only_at_the_next_change() {
        navigate(IntakeView.class);
        intakes.submit(org.mendwell.support.IntakeFixtures.complete("Elena Sorvino"));

        test(textField("Phone")).setValue("+44 20 7946 0777");

        assertThat(find(Paragraph.class)
                        .withTextContaining("You submitted your intake on")
                        .exists())
                .isTrue();
        assertThat(find(TextField.class).exists()).isFalse();
        assertThat(intakes.myIntake().answers().getPhone())
                .as("the submitted answer is unchanged")
                .isNotEqualTo("+44 20 7946 0777");
    }

    @Test
    @WithUserDetails(Demo.PRIYA)
    void a_submitted_intake_is_read_only_with_a_yes_safety_answer_highlighted() {
        navigate(IntakeView.class);

        assertThat(find(Paragraph.class)
                        .withTextContaining("You submitted your intake on")
                        .exists())
                .isTrue();
        assertThat(find(TextField.class).exists()).isFalse();
        assertThat(find(TextArea.class).exists()).isFalse();
        assertThat(find(RadioButtonGroup.class).exists()).isFalse();
        assertThat(find(CheckboxGroup.class).exists()).isFalse();
        assertThat(find(Checkbox.class).exists()).isFalse();
        assertThat(find(ComboBox.class).exists()).isFalse();
        assertThat(find(DatePicker.class).exists()).isFalse();
        assertThat(find(Button.class).withText("Submit my intake").exists()).isFalse();

        assertThat(find(Div.class).withClassName("mw-safety-section").exists()).isTrue();
        var yes = find(Div.class).withClassName("mw-safety-yes").single();
        assertThat(yes.getElement().getTextRecursively())
                .contains("Feels afraid of someone close")
                .endsWith("Yes");
        assertThat(find(Div.class).withClassName("mw-safety-answer").all()).hasSize(4);
        CrisisHelp.assertShownWithoutTakingFocus(
                getCurrentView(), find(Div.class).withClassName("mw-crisis").single());
    }
}
