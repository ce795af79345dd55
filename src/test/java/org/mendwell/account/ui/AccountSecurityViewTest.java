package org.mendwell.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.PracticeSecurity;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.support.Authenticator;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.FocusMoves;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignInFixtures;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The account page: change the password, set up the authenticator app, see recovery codes once, change
 * the e-mail address through the link sent to the new one.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@ChangesDemoPractice
@WithTestMailServer
class AccountSecurityViewTest extends SpringBrowserlessTest {

    @Autowired
    TestMailServer mail;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PracticeSecurity practiceSecurity;

    @Autowired
    MutableClock clock;

    @Autowired
    SignInFixtures fixtures;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    private PasswordField passwordField(String label) {
        return find(PasswordField.class).withLabel(label).single();
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    @Test
    @WithUserDetails(Demo.SAMUEL)
    void a_client_sets_up_the_app_sees_ten_recovery_codes_once_and_then_needs_a_code_to_change_the_password() {
        navigate("account", Component.class);
        assertThat(find(Checkbox.class).exists())
                .as("the practice rule is for administrators")
                .isFalse();

        test(passwordField("Current password, to set up the app")).setValue("not my password");
        click("Set up authenticator app");
        assertThat(passwordField("Current password, to set up the app").getErrorMessage())
                .isEqualTo("That is not your current password");

        test(passwordField("Current password, to set up the app")).setValue(Demo.PASSWORD);
        click("Set up authenticator app");
        assertThat(find(Image.class).single().getSrc()).startsWith("data:image/png;base64,");
        var phone = new Authenticator(find(Span.class).id("mfa-secret").getText(), clock);
        test(find(TextField.class).withLabel("Code from your authenticator app").single())
                .setValue(phone.code());
        FocusMoves.forget();
        click("Confirm");

        assertThat(find(ListItem.class).all()).hasSize(10);
        assertThat(FocusMoves.since())
                .containsExactly(find(Paragraph.class)
                        .withText("Your authenticator app is set up.")
                        .single()
                        .getElement());
        click("I have saved them");
        assertThat(FocusMoves.since())
                .containsExactly(
                        find(H2.class).withText("Authenticator app").single().getElement());
        assertThat(find(ListItem.class).exists()).as("shown once").isFalse();

        clock.set(clock.instant().plusSeconds(30));
        var code = find(TextField.class)
                .withLabel("Code from your authenticator app")
                .atIndex(1);
        test(passwordField("Current password")).setValue(Demo.PASSWORD);
        test(find(PasswordField.class).withLabel("New password").single()).setValue("kettles sing in the blue kitchen");
        test(find(PasswordField.class).withLabel("Type it again").single())
                .setValue("kettles sing in the blue kitchen");
        click("Change password");
        assertThat(code.isInvalid()).as("no code given").isTrue();

        test(code).setValue(phone.code());
        FocusMoves.forget();
        click("Change password");

        var changed = find(Paragraph.class)
                .withText("Your password is changed. You were signed out on your other " + "devices.")
                .single();
        assertThat(changed.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(FocusMoves.since())
                .as("the result is said where the form was, and focus lands on it")
                .containsExactly(changed.getElement());

        assertThat(passwordEncoder.matches(
                        "kettles sing in the blue kitchen",
                        accounts.findByEmail(Demo.SAMUEL).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithUserDetails(Demo.OSKAR)
    void every_field_on_the_page_has_a_label_of_its_own() {
        fixtures.enrol(Demo.OSKAR); // so that every form also shows its code field

        navigate("account", Component.class);

        var labels = Stream.concat(
                        find(PasswordField.class).all().stream()
                                .filter(Component::isVisible)
                                .map(PasswordField::getLabel),
                        find(TextField.class).all().stream()
                                .filter(Component::isVisible)
                                .map(TextField::getLabel))
                .toList();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
    }

    @Test
    @WithUserDetails(Demo.HANA)
    void a_new_password_equal_to_the_current_one_is_refused_next_to_the_new_password_and_nothing_typed_is_lost() {
        navigate("account", Component.class);
        var newPassword = passwordField("New password");
        test(passwordField("Current password")).setValue(Demo.PASSWORD);
        test(newPassword).setValue(Demo.PASSWORD);
        test(passwordField("Type it again")).setValue(Demo.PASSWORD);

        click("Change password");

        assertThat(newPassword.isInvalid()).isTrue();
        assertThat(newPassword.getErrorMessage())
                .isEqualTo("Choose a new password that is different from your current one");
        assertThat(newPassword.getValue()).as("kept").isEqualTo(Demo.PASSWORD);
        assertThat(passwordField("Current password").getValue()).as("kept").isEqualTo(Demo.PASSWORD);
        assertThat(passwordEncoder.matches(
                        Demo.PASSWORD,
                        accounts.findByEmail(Demo.HANA).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_requires_the_app_for_staff_from_the_page() {
        navigate("account", Component.class);
        var rule = find(Checkbox.class)
                .withLabel("Staff must sign in with an authenticator app")
                .single();
        assertThat(rule.getValue()).isFalse();

        test(rule).click();

        assertThat(practiceSecurity.staffMfaRequired()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.NADIA)
    void changing_the_e_mail_address_shows_each_problem_next_to_its_field_and_keeps_what_was_typed() {
        navigate("account", Component.class);
        var newEmail = find(TextField.class).withLabel("New e-mail address").single();
        var password = passwordField("Current password, to change the address");

        test(newEmail).setValue(Demo.CLINICIAN);
        test(password).setValue("not my password");
        click("Change e-mail address");
        assertThat(password.getErrorMessage()).isEqualTo("That is not your current password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(newEmail.getValue()).as("kept").isEqualTo(Demo.CLINICIAN);

        test(password).setValue(Demo.PASSWORD);
        click("Change e-mail address");
        assertThat(newEmail.isInvalid()).isTrue();
        assertThat(newEmail.getErrorMessage())
                .isEqualTo(
                        "This address can't be used to sign in to Mendwell. Choose another, or ask your practice for help");
        assertThat(password.getValue()).as("kept").isEqualTo(Demo.PASSWORD);

        test(newEmail).setValue("nadia at example");
        click("Change e-mail address");
        assertThat(newEmail.getErrorMessage()).isEqualTo("Enter a valid e-mail address, like name@example.org");
        assertThat(newEmail.getValue()).isEqualTo("nadia at example");

        test(newEmail).setValue("nadia.b@example.org");
        click("Change e-mail address");

        assertThat(accounts.findByEmail(Demo.NADIA))
                .as("nothing changes before the link is opened")
                .isPresent();
        assertThat(find(Paragraph.class)
                        .withText("Waiting for you to open the link we sent to nadia.b@example.org. "
                                + "Until then you sign in with " + Demo.NADIA + ".")
                        .exists())
                .isTrue();

        navigate("confirm-email/" + mail.tokenMailedTo("nadia.b@example.org", "confirm-email/"), Component.class);

        assertThat(findInView(H1.class).single().getText()).isEqualTo("Your e-mail address is changed");
        assertThat(accounts.findByEmail("nadia.b@example.org")).isPresent();
        navigate("account", Component.class);
        assertThat(find(Paragraph.class)
                        .withText("You sign in with nadia.b@example.org.")
                        .exists())
                .as("the page, and this session, now name the new address")
                .isTrue();
    }

    @Test
    @WithUserDetails(Demo.SAMUEL)
    void a_link_that_cannot_be_used_says_so_calmly() {
        navigate("confirm-email/not-a-link-we-sent", Component.class);

        assertThat(findInView(H1.class).single().getText()).isEqualTo("This link can't be used");
        assertThat(findInView(Paragraph.class).single().getText())
                .startsWith("This link has expired or has already been used.");
    }
}
