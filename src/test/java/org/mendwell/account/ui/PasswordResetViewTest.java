package org.mendwell.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.mendwell.account.PasswordResetService;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** "Forgot password?" on the log-in page, the request page, and the page the mailed link opens. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithAnonymousUser
@ChangesDemoPractice
@WithTestMailServer
class PasswordResetViewTest extends SpringBrowserlessTest {

    @Autowired
    Messages messages;

    @Autowired
    TestMailServer mail;

    @Autowired
    PasswordResetService resets;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    ThreadPoolTaskExecutor mailExecutor;

    private String requestFromThePage(String email) {
        navigate("forgot-password", Component.class);
        test(find(EmailField.class).single()).setValue(email);
        test(find(Button.class).withText("Send me a link").single()).click();
        return find(Paragraph.class).id("reset-requested").getText();
    }

    private PasswordField passwordField(String label) {
        return find(PasswordField.class).withLabel(label).single();
    }

    @Test
    void the_log_in_page_offers_forgot_password() {
        navigate("login", Component.class);

        test(find(LoginForm.class).single()).forgotPassword();

        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void the_request_page_answers_the_same_for_an_unknown_address_and_mails_only_a_known_one() {
        String forUnknown = requestFromThePage("nobody.at.all@example.org");
        String forKnown = requestFromThePage(Demo.MARCUS);

        assertThat(forUnknown).isEqualTo(forKnown).isEqualTo(messages.viewer(ForgotPasswordView.SENT));
        assertThat(mail.bodiesTo(Demo.MARCUS, 1)).hasSize(1);
        assertThat(mail.bodiesToOnceSent("nobody.at.all@example.org", mailExecutor))
                .isEmpty();
    }

    @Test
    void the_mailed_link_sets_a_new_password_without_signing_anyone_in() {
        requestFromThePage(Demo.PRIYA);
        String token = TestMailServer.tokenAfter(
                "reset-password/", mail.bodiesTo(Demo.PRIYA, 1).getFirst());

        navigate("reset-password/" + token, Component.class);
        test(passwordField("New password")).setValue("password1234");
        test(passwordField("Type it again")).setValue("password1234");
        test(find(Button.class).withText("Save new password").single()).click();
        assertThat(passwordField("New password").isInvalid()).isTrue();
        assertThat(passwordField("New password").getErrorMessage()).contains("too common");

        test(passwordField("New password")).setValue("kettles sing in the blue kitchen");
        test(passwordField("Type it again")).setValue("kettles sing in the blue kitchen");
        test(find(Button.class).withText("Save new password").single()).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Your password is changed");
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .satisfiesAnyOf(
                        a -> assertThat(a).isNull(),
                        a -> assertThat(a.getPrincipal()).isEqualTo("anonymous"));

        navigate("reset-password/" + token, Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("This link no longer works");
    }
}
