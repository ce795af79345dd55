package org.mendwell.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountSummary;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.ADMIN)
class ClinicianAccountsViewTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> grid() {
        return find(Grid.class).single();
    }

    @Test
    void the_administrator_sees_the_practices_clinicians() {
        navigate(ClinicianAccountsView.class);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).displayName()).isEqualTo("Dr. Mira Castell");
        assertThat(grid.getRow(1).displayName()).isEqualTo("Dr. Tomas Lindqvist");
    }

    @Test
    void creating_a_clinician_asks_for_name_and_e_mail_only_and_without_mail_refuses_next_to_the_address() {
        navigate(ClinicianAccountsView.class);
        test(find(Button.class).withText("New clinician").single()).click();

        assertThat(find(PasswordField.class).all())
                .as("no password is chosen by the administrator")
                .isEmpty();
        var name = find(TextField.class).withLabel("Name").single();
        var email = find(EmailField.class).withLabel("E-mail").single();
        test(name).setValue("Dr. June Harrow");
        test(email).setValue(Demo.CLINICIAN);
        test(find(Button.class).withText("Create account").single()).click();

        assertThat(email.getErrorMessage()).isEqualTo("An account with this e-mail address already exists");
        assertThat(name.getValue()).isEqualTo("Dr. June Harrow");

        test(email).setValue("june.harrow@example.org");
        test(find(Button.class).withText("Create account").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage())
                .contains("No mail server is configured", "no account was created", "README");
        assertThat(name.getValue()).isEqualTo("Dr. June Harrow");
        assertThat(email.getValue()).isEqualTo("june.harrow@example.org");
        assertThat(find(Dialog.class).exists()).as("the form stays open").isTrue();
        assertThat(test(grid()).size()).isEqualTo(2);
    }

    @Test
    @ChangesDemoPractice
    void deactivation_asks_for_a_colleague_for_each_client_in_care_and_for_confirmation() {
        navigate(ClinicianAccountsView.class);
        String leaving = test(grid()).getRow(0).displayName();
        String staying = test(grid()).getRow(1).displayName();

        var actions = test(grid()).getCellComponent(0, 1);
        var deactivate = (Button) actions.getChildren().findFirst().orElseThrow();
        assertThat(deactivate.getText()).isEqualTo("Deactivate");
        test(deactivate).click();

        assertThat(test(grid()).getRow(0).active())
                .as("nothing happens before the confirmation")
                .isTrue();
        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Deactivate " + leaving + "?");
        org.mendwell.support.FocusMoves.forget();
        test(find(Button.class).withText("Hand over and deactivate").single()).click();
        assertThat(test(grid()).getRow(0).active())
                .as("each client needs a colleague first")
                .isTrue();
        @SuppressWarnings("unchecked")
        List<ComboBox<AccountSummary>> choices = find(ComboBox.class).all().stream()
                .map(box -> (ComboBox<AccountSummary>) box)
                .toList();
        assertThat(choices.subList(1, choices.size()))
                .allSatisfy(choice -> assertThat(choice.isInvalid()).isTrue());
        var emptyReason = find(TextArea.class).single();
        assertThat(emptyReason.isInvalid())
                .as("the required reason is marked at the same time as the rest")
                .isTrue();
        assertThat(emptyReason.getErrorMessage()).isEqualTo("Write why these clients move to another clinician");
        assertThat(org.mendwell.support.FocusMoves.since())
                .as("focus (and the view) goes to the first field that needs an answer")
                .containsExactly(emptyReason.getElement());
        test(emptyReason).setValue("Leaving");
        test(emptyReason).setValue("");

        var everyone = choices.getFirst();
        assertThat(everyone.getLabel()).isEqualTo("Hand every client to");
        test(everyone).selectItem(staying);
        test(find(Button.class).withText("Hand over and deactivate").single()).click();
        var reason = find(TextArea.class).single();
        assertThat(reason.isInvalid())
                .as("the clinician is still active: a reason is asked (round 2, finding 1)")
                .isTrue();
        assertThat(test(grid()).getRow(0).active()).isTrue();
        assertThat(everyone.getValue().displayName()).as("the choice is kept").isEqualTo(staying);

        test(reason).setValue("Leaving the practice");
        org.mendwell.support.FocusMoves.forget();
        test(find(Button.class).withText("Hand over and deactivate").single()).click();

        assertThat(test(grid()).getRow(0).active()).isFalse();
        // Real use: focus fell to the page's start once the dialog closed. It lands on what happened.
        var done = find(Paragraph.class).withText(leaving + " is deactivated").single();
        assertThat(org.mendwell.support.FocusMoves.since()).containsExactly(done.getElement());
        var reactivate = (Button)
                test(grid()).getCellComponent(0, 1).getChildren().findFirst().orElseThrow();
        assertThat(reactivate.getText()).isEqualTo("Reactivate");
        assertThat(find(Dialog.class).exists()).isFalse();

        // Real use: reactivating was one click. It asks, as deactivating and locking do.
        test(reactivate).click();
        assertThat(test(grid()).getRow(0).active())
                .as("nothing happens before the confirmation")
                .isFalse();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Reactivate " + leaving + "?");
        test(confirm).confirm();
        assertThat(test(grid()).getRow(0).active()).isTrue();
        // The dialog opened with the focus on its Cancel; after the confirmation the focus ends on the result.
        assertThat(org.mendwell.support.FocusMoves.since())
                .last()
                .isEqualTo(find(Paragraph.class)
                        .withText(leaving + " can sign in again")
                        .single()
                        .getElement());
    }

    @Test
    void the_administrator_cannot_choose_a_clinicians_password_only_send_a_link_lock_or_deactivate() {
        navigate(ClinicianAccountsView.class);

        var actions = test(grid())
                .getCellComponent(0, 1)
                .getChildren()
                .map(c -> ((Button) c).getText())
                .toList();

        assertThat(actions).containsExactly("Deactivate", "Lock", "Send reset link");
        assertThat(find(Button.class).withText("Set password").exists()).isFalse();
    }

    @Test
    void without_a_mail_server_lock_and_deactivate_say_the_administrator_must_tell_the_clinician() {
        navigate(ClinicianAccountsView.class);
        String name = test(grid()).getRow(0).displayName();
        var actions = test(grid())
                .getCellComponent(0, 1)
                .getChildren()
                .map(Button.class::cast)
                .toList();

        test(actions.get(1)).click();
        String lock = find(ConfirmDialog.class).single().getElement().getProperty("message");
        assertThat(lock)
                .contains("This portal cannot send e-mail yet, so Mendwell cannot tell " + name
                        + ": please let them know yourself.")
                .doesNotContain("told by e-mail");
        find(ConfirmDialog.class).single().close();

        test(actions.get(0)).click();
        String deactivate = find(Dialog.class).single().getElement().getTextRecursively();
        assertThat(deactivate).contains("This portal cannot send e-mail yet").doesNotContain("told by e-mail");
    }
}
