package org.mendwell.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.account.security.AccountPrincipal;
import org.mendwell.account.security.PendingSignIn;
import org.mendwell.account.security.Totp;
import org.mendwell.support.Authenticator;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The pages after a right password: the code from the app, or setting the app up when the practice requires it. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithAnonymousUser
@ChangesDemoPractice
class SecondStepViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    SignInFixtures fixtures;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    /** What the log-in form leaves behind when the password was right. */
    private void passwordChecked(String email, boolean mustEnrol) {
        var account = accounts.findByEmail(email).orElseThrow();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        PendingSignIn.ATTRIBUTE,
                        new PendingSignIn(account.getId(), email, mustEnrol, clock.instant(), null));
    }

    private static String signedInEmail() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal.getUsername()
                : "(nobody)";
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The audit trail's actions for this person since the given entry, oldest first. */
    private java.util.List<String> auditedSince(long seq, String email) {
        return jdbc.sql("SELECT action FROM audit_event WHERE seq > ? AND actor_email = ? ORDER BY seq")
                .params(seq, email)
                .query(String.class)
                .list();
    }

    private long lastAuditEntry() {
        return jdbc.sql("SELECT last_seq FROM audit_chain_head")
                .query(Long.class)
                .single();
    }

    @Test
    void a_wrong_code_is_explained_and_the_right_one_signs_in() {
        long before = lastAuditEntry();
        Authenticator phone = fixtures.enrol(Demo.CLINICIAN);
        clock.set(clock.instant().plusSeconds(30));
        passwordChecked(Demo.CLINICIAN, false);

        navigate("login/code", Component.class);
        var code = find(TextField.class)
                .withLabel("Code from your authenticator app")
                .single();
        test(code).setValue("000000".equals(phone.code()) ? "111111" : "000000");
        test(find(Button.class).withText("Continue").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("didn't match");
        assertThat(signedInEmail()).isEqualTo("(nobody)");

        test(code).setValue(phone.code());
        test(find(Button.class).withText("Continue").single()).click();

        assertThat(signedInEmail()).isEqualTo(Demo.CLINICIAN);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(PendingSignIn.ATTRIBUTE))
                .isNull();
        assertThat(auditedSince(before, Demo.CLINICIAN))
                .as("the audit trail")
                .containsSubsequence("SIGN_IN_FAILED", "SIGN_IN");
    }

    @Test
    void after_three_wrong_codes_even_the_right_one_must_wait_and_the_password_is_asked_again() {
        Authenticator phone = fixtures.enrol(Demo.CLINICIAN_2);
        clock.set(clock.instant().plusSeconds(30));
        passwordChecked(Demo.CLINICIAN_2, false);
        navigate("login/code", Component.class);
        var code = find(TextField.class)
                .withLabel("Code from your authenticator app")
                .single();
        String wrong = "000000".equals(phone.code()) ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            test(code).setValue(wrong);
            test(find(Button.class).withText("Continue").single()).click();
            assertThat(code.isInvalid()).isTrue();
        }

        test(code).setValue(phone.code());
        test(find(Button.class).withText("Continue").single()).click();

        assertThat(signedInEmail()).isEqualTo("(nobody)");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void without_a_checked_password_the_code_page_sends_back_to_log_in() {
        navigate("login/code", Component.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_password_checked_more_than_five_minutes_ago_must_be_typed_again() {
        Authenticator phone = fixtures.enrol(Demo.CLIENT);
        passwordChecked(Demo.CLIENT, false);
        clock.set(clock.instant().plusSeconds(5 * 60 + 30));

        navigate("login/code", Component.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(phone.code()).isNotBlank();
    }

    @Test
    void staff_required_to_have_an_app_set_it_up_from_a_server_drawn_qr_code_and_are_then_signed_in() {
        passwordChecked(Demo.CLINICIAN_2, true);

        navigate("login/enrol", Component.class);
        Image qr = find(Image.class).single();
        assertThat(qr.getSrc()).startsWith("data:image/png;base64,");
        var phone = new Authenticator(find(Span.class).id("mfa-secret").getText(), clock);
        test(find(TextField.class).withLabel("Code from your authenticator app").single())
                .setValue(phone.code());
        test(find(Button.class).withText("Confirm").single()).click();

        assertThat(find(ListItem.class).all()).hasSize(10);
        assertThat(signedInEmail()).isEqualTo(Demo.CLINICIAN_2);
        assertThat(accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().hasMfa())
                .isTrue();
        assertThat(Totp.fromBase32(phone.base32Key())).hasSize(20);
    }
}
