package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientService;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.AssignmentStatus;
import org.mendwell.homework.AssignmentSummary;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
@ChangesDemoPractice
class AssignDialogTest extends SpringBrowserlessTest {

    @Autowired
    ClientIds clientIds;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClientService clients;

    private void openClient(String email) {
        navigate("clients/" + clientIds.of(email), Component.class);
    }

    @SuppressWarnings("unchecked")
    private void chooseTemplate(Dialog dialog, String title) {
        ComboBox<TemplateSummary> template =
                find(ComboBox.class, dialog).withLabel("Exercise").single();
        test(template).selectItem(title + " · " + "Emotional intimacy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_clinician_gives_a_weekly_exercise_and_sees_it_on_the_client_page() {
        openClient(Demo.CLIENT);
        test(find(Button.class).withText("Give an exercise").single()).click();
        var dialog = find(Dialog.class).single();

        chooseTemplate(dialog, "Daily check-in");
        RadioButtonGroup<Schedule> frequency =
                find(RadioButtonGroup.class, dialog).withLabel("How often").single();
        test(frequency).selectItem("Weekly");
        test(find(Button.class, dialog).withText("Give exercise").single()).click();
        CheckboxGroup<java.time.DayOfWeek> days =
                find(CheckboxGroup.class, dialog).withLabel("On these days").single();
        assertThat(days.isInvalid()).as("a weekly schedule needs days").isTrue();
        assertThat(days.getErrorMessage()).isNotBlank();

        days.setValue(Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY));
        test(find(IntegerField.class, dialog).withLabel("Or this many times").single())
                .setValue(4);
        test(find(TextArea.class, dialog)
                        .withLabel("Personal instructions (optional)")
                        .single())
                .setValue("Do it together after dinner.");
        test(find(Button.class, dialog).withText("Give exercise").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        var given = assignments.assignmentsOf(clientIds.of(Demo.CLIENT));
        assertThat(given).singleElement().satisfies(a -> {
            assertThat(a.frequency()).isEqualTo(Schedule.WEEKLY);
            assertThat(a.occurrences()).isEqualTo(4);
            assertThat(a.status()).isEqualTo(AssignmentStatus.ACTIVE);
        });
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withTextContaining("Daily check-in — weekly, 4 times")
                        .exists())
                .isTrue();
    }

    @Test
    void after_an_exercise_is_given_focus_lands_on_the_client_pages_exercises_heading() {
        openClient(Demo.HANA);
        test(find(Button.class).withText("Give an exercise").single()).click();
        var dialog = find(Dialog.class).single();
        chooseTemplate(dialog, "Daily check-in");
        test(find(IntegerField.class, dialog).withLabel("Or this many times").single())
                .setValue(5);
        org.mendwell.support.FocusMoves.forget();

        test(find(Button.class, dialog).withText("Give exercise").single()).click();
        if (find(Dialog.class).exists()) { // "already given": confirmed by a second press
            test(find(Button.class, dialog).withText("Give exercise").single()).click();
        }

        assertThat(find(Dialog.class).exists()).isFalse();
        var heading = find(com.vaadin.flow.component.html.H3.class)
                .withText("Exercises")
                .single();
        assertThat(org.mendwell.support.FocusMoves.since())
                .as("not the document body: the pressed button is gone")
                .contains(heading.getElement());
    }

    @Autowired
    org.mendwell.support.MutableClock clock;

    @Autowired
    org.mendwell.account.MyTimeZoneService myTimeZone;

    @Autowired
    org.mendwell.intake.IntakeService intakes;

    /**
     * Found by the issue 13 exploration: at 21:50 in New York the dialog offered the clinician's today, which had
     * already passed where the client lives, and giving the exercise was refused for it.
     */
    @AfterEach
    void the_clock_reads_the_real_time_again() {
        clock.backToNow();
    }

    @Test
    @ChangesDemoPractice // the clinician's time zone and the exercise given
    void the_suggested_due_date_is_the_clients_today_not_the_clinicians() {
        java.util.UUID robin = clientIds.of(Demo.CLIENT);
        java.time.ZoneId robinsZone = intakes.timeZoneOf(robin).orElseThrow();
        myTimeZone.choose("America/New_York");
        // 21:50 on 4 December in New York: the clinician's evening, the client's next day wherever she is east of it.
        java.time.Instant evening = java.time.ZonedDateTime.of(
                        2026, 12, 4, 21, 50, 0, 0, java.time.ZoneId.of("America/New_York"))
                .toInstant();
        clock.set(evening);
        java.time.LocalDateTime robinsNow = java.time.LocalDateTime.ofInstant(evening, robinsZone);
        assertThat(robinsNow.toLocalDate())
                .as("the case this test is about")
                .isAfter(java.time.LocalDate.of(2026, 12, 4));

        openClient(Demo.CLIENT);
        test(find(Button.class).withText("Give an exercise").single()).click();
        var dialog = find(Dialog.class).single();
        chooseTemplate(dialog, "Daily check-in");

        var start = find(com.vaadin.flow.component.datepicker.DatePicker.class, dialog)
                .withLabel("Starts on") // the check-in is daily
                .single();
        assertThat(start.getValue())
                .isEqualTo(AssignDialog.defaultFirstDue(robinsNow).toLocalDate());
        test(find(IntegerField.class, dialog).withLabel("Or this many times").single())
                .setValue(5);
        test(find(Button.class, dialog).withText("Give exercise").single()).click();
        if (find(Button.class, dialog).withText("Give it again").exists()) { // "already given": confirmed
            test(find(Button.class, dialog).withText("Give it again").single()).click();
        }
        assertThat(find(Dialog.class).exists())
                .as("given, not refused for a past date")
                .isFalse();
    }

    @Test
    void a_flagged_case_asks_for_a_reason_before_a_couples_exercise() {
        var priya = clientIds.of(Demo.PRIYA);
        clients.accept(priya, clients.details(priya).version());
        openClient(Demo.PRIYA);
        test(find(Button.class).withText("Give an exercise").single()).click();
        var dialog = find(Dialog.class).single();

        chooseTemplate(dialog, "Daily check-in");
        test(find(Button.class, dialog).withText("Give exercise").single()).click();

        var reason = find(TextArea.class, dialog)
                .withLabel("Why a couples exercise is right despite the safety flag")
                .single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("safety flag");
        assertThat(assignments.assignmentsOf(priya)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void from_the_library_the_exercise_is_fixed_and_the_clinician_picks_an_active_client() {
        // Other tests here give Robin a check-in; none may be active, or the dialog rightly warns of a duplicate.
        for (String partner : new String[] {Demo.CLIENT, Demo.JONAS}) {
            assignments.assignmentsOf(clientIds.of(partner)).stream()
                    .filter(a -> a.status() == AssignmentStatus.ACTIVE)
                    .forEach(a -> assignments.cancel(a.assignmentId()));
        }
        navigate(LibraryView.class);
        Grid<TemplateSummary> grid = find(Grid.class).single();
        test(grid)
                .clickRow(IntStream.range(0, test(grid).size())
                        .filter(i -> test(grid).getRow(i).title().equals("Daily check-in"))
                        .findFirst()
                        .orElseThrow());
        test(find(Button.class).withText("Give to a client").single()).click();
        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Give \"Daily check-in\" to a client");
        assertThat(find(ComboBox.class, dialog).withLabel("Exercise").single().isReadOnly())
                .isTrue();
        assertThat(find(Checkbox.class, dialog)
                        .withLabelContaining("Give it to")
                        .exists())
                .as("no client chosen yet, so no partner")
                .isFalse();

        test(find(Button.class, dialog).withText("Give exercise").single()).click();
        ComboBox<CaseloadRow> client =
                find(ComboBox.class, dialog).withLabel("Client").single();
        assertThat(client.isInvalid()).isTrue();
        assertThat(client.getErrorMessage()).isEqualTo("Choose a client");
        test(client).setFilter("");
        assertThat(test(client).getSuggestions())
                .as("active clients only")
                .anyMatch(s -> s.startsWith("Hana Morikawa"))
                .noneMatch(s -> s.startsWith("Tobias Wren"))
                .noneMatch(s -> s.startsWith("Amara Oyelaran"));

        test(client).selectItem("Robin Ashdown · couple with Jonas Kettering");
        var both = find(Checkbox.class, dialog)
                .withLabel("Give it to Jonas Kettering too")
                .single();
        test(both).click();
        RadioButtonGroup<Schedule> frequency =
                find(RadioButtonGroup.class, dialog).withLabel("How often").single();
        assertThat(frequency.getValue()).as("the exercise's usual schedule").isEqualTo(Schedule.DAILY);
        test(find(IntegerField.class, dialog).withLabel("Or this many times").single())
                .setValue(3);
        test(find(Button.class, dialog).withText("Give exercise").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        for (String partner : new String[] {Demo.CLIENT, Demo.JONAS}) {
            assertThat(assignments.assignmentsOf(clientIds.of(partner))).anySatisfy(a -> {
                assertThat(a.title()).isEqualTo("Daily check-in");
                assertThat(a.frequency()).isEqualTo(Schedule.DAILY);
                assertThat(a.occurrences()).isEqualTo(3);
            });
        }
    }

    @Test
    void a_due_date_in_the_past_is_refused_next_to_the_field_and_nothing_typed_is_lost() {
        openClient(Demo.HANA);
        test(find(Button.class).withText("Give an exercise").single()).click();
        var dialog = find(Dialog.class).single();
        chooseTemplate(dialog, "Daily check-in");
        RadioButtonGroup<Schedule> frequency =
                find(RadioButtonGroup.class, dialog).withLabel("How often").single();
        test(frequency).selectItem("Once");
        test(find(TextArea.class, dialog)
                        .withLabel("Personal instructions (optional)")
                        .single())
                .setValue("Before the Thursday session.");
        DatePicker due = find(DatePicker.class, dialog).withLabel("Due on").single();
        test(due).setValue(LocalDate.now().minusDays(2));

        test(find(Button.class, dialog).withText("Give exercise").single()).click();

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).contains("has passed").contains("Choose today or a later date");
        assertThat(find(TextArea.class, dialog)
                        .withLabel("Personal instructions (optional)")
                        .single()
                        .getValue())
                .isEqualTo("Before the Thursday session.");
        assertThat(assignments.assignmentsOf(clientIds.of(Demo.HANA))).isEmpty();
    }

    @Test
    void an_identical_active_exercise_is_flagged_before_giving_it_again_and_a_confirmation_follows() {
        openClient(Demo.SAMUEL);
        var samuel = clientIds.of(Demo.SAMUEL);
        long before = assignments.assignmentsOf(samuel).size();
        giveDailyCheckIn();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText())
                        .startsWith("\"Daily check-in\" given to Samuel Achterberg: daily, 3 times from"));

        giveDailyCheckIn();

        var dialog = find(Dialog.class).single();
        assertThat(find(Paragraph.class, dialog)
                        .withTextContaining(
                                "Samuel Achterberg already has \"Daily check-in\" " + "active (daily, 3 times from")
                        .exists())
                .isTrue();
        assertThat(assignments.assignmentsOf(samuel)).hasSize((int) before + 1);
        test(find(Button.class, dialog).withText("Give it again").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(assignments.assignmentsOf(samuel)).hasSize((int) before + 2);
    }

    /**
     * Real use: giving GAD-7 once, due in the past, to a client who already had it active asked "Give it again"
     * first and refused the date only after that. The form's own problems come first.
     */
    @Test
    @SuppressWarnings("unchecked")
    void a_past_due_date_is_refused_before_any_duplicate_warning() {
        openClient(Demo.SAMUEL);
        var samuel = clientIds.of(Demo.SAMUEL);
        var earlier = assignments.assignmentsOf(samuel).stream()
                .map(AssignmentSummary::assignmentId)
                .toList();
        giveDailyCheckIn();
        long before = assignments.assignmentsOf(samuel).size();

        test(find(Button.class).withText("Give an exercise").single()).click();
        var dialog = find(Dialog.class).single();
        chooseTemplate(dialog, "Daily check-in");
        test(find(RadioButtonGroup.class, dialog).withLabel("How often").single())
                .selectItem("Once");
        DatePicker due = find(DatePicker.class, dialog).withLabel("Due on").single();
        test(due).setValue(LocalDate.now(clock).minusDays(10));
        test(find(Button.class, dialog).withText("Give exercise").single()).click();

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).contains("has passed");
        assertThat(find(Paragraph.class, dialog)
                        .withTextContaining("already has")
                        .all())
                .as("no duplicate warning for a form that cannot be given")
                .noneMatch(Component::isVisible);
        assertThat(find(Button.class, dialog).withText("Give it again").exists())
                .isFalse();

        test(due).setValue(LocalDate.now(clock).plusDays(3));
        test(find(Button.class, dialog).withText("Give exercise").single()).click();
        assertThat(find(Paragraph.class, dialog)
                        .withTextContaining("Samuel Achterberg already has \"Daily check-in\"")
                        .single()
                        .isVisible())
                .as("the duplicate warning once the form is valid")
                .isTrue();
        assertThat(due.isInvalid()).isFalse();
        assertThat(assignments.assignmentsOf(samuel)).hasSize((int) before);

        // The check-in given here ends, so that no other test meets it as a duplicate.
        assignments.assignmentsOf(samuel).stream()
                .filter(given -> !earlier.contains(given.assignmentId()))
                .forEach(given -> assignments.cancel(given.assignmentId()));
    }

    /**
     * Real use: a title with quotation marks of its own showed as ""Can I try that again?" Finding your way
     * back" in the warning and the confirmation. Its own marks become the inner pair.
     */
    @Test
    @SuppressWarnings("unchecked")
    void a_title_with_its_own_quotation_marks_is_quoted_once_in_the_warning_and_the_confirmation() {
        String title = "\"Can I try that again?\" Finding your way back";
        String once = "\"'Can I try that again?' Finding your way back\"";
        openClient(Demo.HANA);
        for (int press = 0; press < 2; press++) {
            test(find(Button.class).withText("Give an exercise").single()).click();
            var dialog = find(Dialog.class).single();
            ComboBox<TemplateSummary> template =
                    find(ComboBox.class, dialog).withLabel("Exercise").single();
            test(template).setFilter("try that again");
            test(template)
                    .selectItem(test(template).getSuggestions().stream()
                            .filter(s -> s.startsWith(title))
                            .findFirst()
                            .orElseThrow());
            test(find(Button.class, dialog).withText("Give exercise").single()).click();
        }

        var dialog = find(Dialog.class).single();
        String warning = find(Paragraph.class, dialog)
                .withTextContaining("already has")
                .single()
                .getText();
        assertThat(warning)
                .contains("Hana")
                .contains("already has " + once + " active")
                .doesNotContain("\"\"");
        test(find(Button.class, dialog).withText("Give it again").single()).click();
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).startsWith(once + " given to "));
    }

    @Test
    void the_safety_reason_is_asked_only_for_a_couples_exercise_on_a_flagged_case() {
        var priya = clientIds.of(Demo.PRIYA);
        if (clients.details(priya).status() != org.mendwell.client.ClientStatus.ACTIVE) {
            clients.accept(priya, clients.details(priya).version());
        }
        String reasonLabel = "Why a couples exercise is right despite the safety flag";
        openClient(Demo.PRIYA);
        test(find(Button.class).withText("Give an exercise").single()).click();
        var dialog = find(Dialog.class).single();
        assertThat(find(TextArea.class, dialog).withLabel(reasonLabel).exists())
                .as("no exercise yet")
                .isFalse();

        ComboBox<TemplateSummary> template =
                find(ComboBox.class, dialog).withLabel("Exercise").single();
        test(template).setFilter("grief");
        test(template)
                .selectItem(test(template).getSuggestions().stream()
                        .filter(s -> s.startsWith("Making room for grief"))
                        .findFirst()
                        .orElseThrow());
        assertThat(find(TextArea.class, dialog).withLabel(reasonLabel).exists())
                .as("individual work")
                .isFalse();
        test(template).setFilter("");
        chooseTemplate(dialog, "Daily check-in");
        assertThat(find(TextArea.class, dialog).withLabel(reasonLabel).exists())
                .as("couples work")
                .isTrue();
        test(find(Button.class, dialog).withText("Cancel").single()).click();

        openClient(Demo.HANA);
        test(find(Button.class).withText("Give an exercise").single()).click();
        chooseTemplate(find(Dialog.class).single(), "Daily check-in");
        assertThat(find(TextArea.class, find(Dialog.class).single())
                        .withLabel(reasonLabel)
                        .exists())
                .as("no safety flag on the case")
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private void giveDailyCheckIn() {
        test(find(Button.class).withText("Give an exercise").single()).click();
        var dialog = find(Dialog.class).single();
        chooseTemplate(dialog, "Daily check-in");
        test(find(RadioButtonGroup.class, dialog).withLabel("How often").single())
                .selectItem("Daily");
        test(find(IntegerField.class, dialog).withLabel("Or this many times").single())
                .setValue(3);
        test(find(Button.class, dialog).withText("Give exercise").single()).click();
    }

    @Test
    void the_suggested_first_due_moment_is_tonight_until_the_last_quarter_of_an_hour() {
        var day = java.time.LocalDate.of(2026, 12, 4);
        assertThat(AssignDialog.defaultFirstDue(day.atTime(9, 30))).isEqualTo(day.atTime(21, 0));
        assertThat(AssignDialog.defaultFirstDue(day.atTime(21, 5)))
                .as("an evening session: still tonight")
                .isEqualTo(day.atTime(23, 59));
        assertThat(AssignDialog.defaultFirstDue(day.atTime(23, 50)))
                .isEqualTo(day.plusDays(1).atTime(21, 0));
    }
}
