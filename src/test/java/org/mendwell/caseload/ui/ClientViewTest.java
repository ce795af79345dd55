package org.mendwell.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.InvitationService;
import org.mendwell.account.InvitationState;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.AssignmentStatus;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.shared.ui.RecordNotFoundView;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A clinician's page for one client: intake, status changes, invitation, and nothing for other clinicians. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
class ClientViewTest extends SpringBrowserlessTest {

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ClientService clients;

    @Autowired
    InvitationService invitations;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ExerciseFixtures exercises;

    private Client record(String email) {
        return clientRecords.findByEmail(email).orElseThrow();
    }

    private void open(UUID clientId) {
        navigate("clients/" + clientId, Component.class);
        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private boolean pageSays(String text) {
        return find(Paragraph.class).withTextContaining(text).exists();
    }

    private java.util.List<String> history() {
        var section = find(Section.class)
                .withCondition(s -> s.getChildren()
                        .anyMatch(c -> c instanceof H3 title && title.getText().equals("History")))
                .single();
        return find(ListItem.class).from(section).all().stream()
                .map(ListItem::getText)
                .toList();
    }

    private static String tokenOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void a_submitted_intake_with_a_safety_concern_is_shown_with_its_notice_and_badge() {
        open(record(Demo.PRIYA).getId());

        assertThat(find(H2.class).single().getText()).isEqualTo("Priya Nandakumar");
        assertThat(find(Span.class).withText("Needs attention").exists()).isTrue();
        assertThat(find(Span.class).withText("Intake submitted").exists()).isTrue();
        assertThat(find(H3.class).all().stream().map(H3::getText))
                .contains(
                        "Intake",
                        "About you",
                        "Emergency contact",
                        "What brings you here",
                        "What happened to trust",
                        "Goals",
                        "Safety (private)",
                        "Consent",
                        "History");
        assertThat(find(Paragraph.class)
                        .withClassName("mw-safety-notice")
                        .single()
                        .getText())
                .startsWith("A safety answer is yes.");
        assertThat(find(Div.class)
                        .withClassName("mw-safety-yes")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Feels afraid of someone close");
        assertThat(pageSays("consent text version")).isTrue();
        assertThat(find(H3.class).withText("Invitation").exists())
                .as("only invited clients show it")
                .isFalse();
    }

    @Test
    void a_client_without_a_safety_concern_has_no_notice() {
        open(record(Demo.MARCUS).getId());

        assertThat(find(H3.class).withText("Safety (private)").exists()).isTrue();
        assertThat(find(Paragraph.class).withClassName("mw-safety-notice").exists())
                .isFalse();
        assertThat(find(Div.class).withClassName("mw-safety-yes").exists()).isFalse();
        assertThat(find(Span.class).withText("Needs attention").exists()).isFalse();
    }

    /** Ending an exercise cannot be undone: one click only asks, keeping it is the default, and only "End" ends it. */
    @Test
    @ChangesDemoPractice
    void ending_an_exercise_asks_first_and_keeping_it_changes_nothing() {
        UUID oskar = record(Demo.OSKAR).getId();
        UUID given = exercises.assign(
                oskar, "daily-check-in", null, ExerciseSchedule.once(exercises.todayAtNoon(), LocalTime.of(23, 59)));
        var daily = assignments.assignmentsOf(oskar).stream()
                .filter(a -> a.assignmentId().equals(given))
                .findFirst()
                .orElseThrow();
        open(oskar);
        Button cancel = find(Button.class)
                .withCondition(
                        b -> ("End " + daily.title()).equals(b.getElement().getAttribute("aria-label")))
                .single();

        test(cancel).click();
        var question = find(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("End “" + daily.title() + "”?");
        assertThat(statusOf(oskar, daily.assignmentId()))
                .as("one click only asks")
                .isEqualTo(AssignmentStatus.ACTIVE);
        test(question).cancel();
        assertThat(statusOf(oskar, daily.assignmentId())).isEqualTo(AssignmentStatus.ACTIVE);

        test(find(Button.class)
                        .withCondition(b ->
                                ("End " + daily.title()).equals(b.getElement().getAttribute("aria-label")))
                        .single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(statusOf(oskar, daily.assignmentId())).isEqualTo(AssignmentStatus.CANCELLED);
    }

    private AssignmentStatus statusOf(UUID client, UUID assignment) {
        return assignments.assignmentsOf(client).stream()
                .filter(a -> a.assignmentId().equals(assignment))
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    @ChangesDemoPractice
    void accepting_a_submitted_intake_makes_the_client_active_and_the_history_says_so() {
        UUID priya = record(Demo.PRIYA).getId();
        open(priya);
        var historyBefore = history();
        assertThat(historyBefore).last().asString().contains("Intake submitted (Client)");

        test(button("Accept as client")).click();

        assertThat(clients.details(priya).status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(find(Span.class).withText("Active").exists()).isTrue();
        assertThat(find(Button.class).withText("Accept as client").exists()).isFalse();
        assertThat(find(Button.class).withText("Discharge").exists()).isTrue();
        var history = history();
        assertThat(history).hasSize(historyBefore.size() + 1).startsWith(historyBefore.toArray(String[]::new));
        assertThat(history.getLast()).contains("Active (Clinician)");
    }

    @Test
    @ChangesDemoPractice
    void a_new_invitation_link_is_shown_to_copy_and_revoking_it_stops_it_working() {
        Client tobias = record(Demo.TOBIAS);
        open(tobias.getId());
        assertThat(find(H3.class).withText("Invitation").exists()).isTrue();
        assertThat(pageSays("Link sent")).isTrue();

        test(button("Send a new link")).click();

        var link = find(TextField.class)
                .withLabel("Invitation link for Tobias Wren")
                .single();
        assertThat(link.isReadOnly()).isTrue();
        assertThat(link.getValue()).startsWith("http://localhost:8080/invitation/");
        assertThat(link.getSuffixComponent()).isInstanceOfSatisfying(Button.class, copy -> {
            assertThat(copy.getText()).isEqualTo("Copy link");
            assertThat(copy.getAriaLabel()).hasValue("Copy link: the invitation link for Tobias Wren");
        });
        String token = tokenOf(link.getValue());
        assertThat(invitations.open(token))
                .as("the new link works")
                .hasValueSatisfying(person -> assertThat(person.displayName()).isEqualTo("Tobias Wren"));
        test(button("Done")).click();
        assertThat(find(Dialog.class).exists()).isFalse();

        test(button("Revoke link")).click();

        assertThat(pageSays("The last link was revoked")).isTrue();
        assertThat(invitations.latest(tobias.getAccountId()))
                .hasValueSatisfying(state -> assertThat(state.status()).isEqualTo(InvitationState.Status.REVOKED));
        assertThat(invitations.open(token))
                .as("the revoked link no longer works")
                .isEmpty();
    }

    @Test
    @ChangesDemoPractice
    void archiving_needs_a_reason_and_then_archives_the_client() {
        UUID marcus = record(Demo.MARCUS).getId();
        open(marcus);

        test(button("Archive")).click();
        var dialog = find(Dialog.class).single();
        var reason = find(TextArea.class).withLabel("Reason").single();
        var archive = find(Button.class).withText("Archive").from(dialog).single();
        test(archive).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say briefly why this client is archived");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(clients.details(marcus).status()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);

        test(reason).setValue("Moved abroad and chose a local practice");
        test(archive).click();

        assertThat(dialog.isOpened()).isFalse();
        var details = clients.details(marcus);
        assertThat(details.status()).isEqualTo(ClientStatus.ARCHIVED);
        assertThat(details.archiveReason()).isEqualTo("Moved abroad and chose a local practice");
        assertThat(pageSays("Archived because: Moved abroad and chose a local practice"))
                .isTrue();
        assertThat(find(Button.class).withText("Reactivate").exists()).isTrue();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }

    @Test
    @ChangesDemoPractice
    void accepting_on_a_page_opened_before_another_tab_accepted_is_refused_with_a_clear_message() {
        UUID priya = record(Demo.PRIYA).getId();
        open(priya);
        int changes = history().size();

        clients.accept(priya, clients.details(priya).version()); // the other tab
        test(button("Accept as client")).click();

        assertThat(notifications())
                .anySatisfy(text -> assertThat(text)
                        .contains("changed after you opened it")
                        .contains("they are now active")
                        .contains("Nothing was changed"));
        assertThat(clients.details(priya).history())
                .as("accepted once, not twice")
                .hasSize(changes + 1);
        assertThat(find(Span.class).withText("Active").exists())
                .as("the page shows the record as it is now")
                .isTrue();
    }

    @Test
    @ChangesDemoPractice
    void archiving_on_a_stale_page_is_refused_and_the_reason_typed_stays_in_the_dialog() {
        UUID oskar = record(Demo.OSKAR).getId();
        open(oskar);
        test(button("Archive")).click();
        var dialog = find(Dialog.class).single();
        var reason = find(TextArea.class).withLabel("Reason").single();
        test(reason).setValue("Moved away");

        clients.discharge(oskar, clients.details(oskar).version()); // a second tab, meanwhile
        test(find(Button.class).withText("Archive").from(dialog).single()).click();

        assertThat(notifications())
                .anySatisfy(text ->
                        assertThat(text).contains("changed after you opened it").contains("they are now discharged"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reason.getValue()).isEqualTo("Moved away");
        var details = clients.details(oskar);
        assertThat(details.status())
                .as("not silently archived over the discharge")
                .isEqualTo(ClientStatus.DISCHARGED);
        assertThat(details.archiveReason()).isNull();
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN_2)
    void another_clinician_finds_nothing_of_the_client() {
        Client priya = record(Demo.PRIYA);

        navigate("clients/" + priya.getId(), Component.class);

        assertThat(getCurrentView()).isInstanceOf(RecordNotFoundView.class);
        assertThat(find(H2.class).exists()).isFalse();
        assertThat(find(Paragraph.class).all())
                .noneMatch(p -> p.getText().contains("Priya")
                        || p.getText().contains(priya.getEmail())
                        || p.getText().contains("safety"));
        assertThat(find(Paragraph.class).withClassName("mw-safety-notice").exists())
                .isFalse();
        assertThat(find(Button.class).withText("Accept as client").exists()).isFalse();
    }
}
