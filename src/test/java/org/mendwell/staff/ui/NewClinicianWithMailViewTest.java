package org.mendwell.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** With a mail server, "New clinician" opens the account and the link goes to the clinician, never to the screen. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.ADMIN)
@ChangesDemoPractice
@WithTestMailServer
class NewClinicianWithMailViewTest extends SpringBrowserlessTest {

    @Autowired
    TestMailServer mail;

    @Test
    void the_new_clinician_is_listed_and_the_link_goes_to_her_address_not_to_the_screen() {
        navigate(ClinicianAccountsView.class);
        test(find(Button.class).withText("New clinician").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Dr. June Harrow");
        test(find(EmailField.class).withLabel("E-mail").single()).setValue("june.harrow@example.org");
        test(find(Button.class).withText("Create account").single()).click();

        assertThat(find(Dialog.class).exists())
                .as("the form closes after a real save")
                .isFalse();
        assertThat(test(find(Grid.class).single()).size()).isEqualTo(3);
        String link = TestMailServer.PUBLIC_URL + "/reset-password/"
                + mail.tokenMailedTo("june.harrow@example.org", "reset-password/");
        assertThat(find(Notification.class).all())
                .singleElement()
                .satisfies(notice -> assertThat(test(notice).getText())
                        .contains("june.harrow@example.org")
                        .doesNotContain(link, "reset-password"));
    }

    @Test
    void with_a_mail_server_the_lock_dialog_says_the_clinician_is_told_by_e_mail() {
        navigate(ClinicianAccountsView.class);
        @SuppressWarnings("unchecked")
        var grid = test(
                (Grid<org.mendwell.account.AccountSummary>) find(Grid.class).single());
        String name = grid.getRow(0).displayName();

        test((Button) grid.getCellComponent(0, 1)
                        .getChildren()
                        .skip(1)
                        .findFirst()
                        .orElseThrow())
                .click();

        assertThat(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                        .single()
                        .getElement()
                        .getProperty("message"))
                .endsWith(name + " is told by e-mail.");
    }
}
