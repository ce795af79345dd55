package org.mendwell.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.mendwell.account.InvitationLink;
import org.mendwell.account.InvitationService;
import org.mendwell.account.PasswordPolicy;
import org.mendwell.client.ClientService;
import org.mendwell.client.InviteClient;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The page an invited client opens from their link, signed out. Each test invites a new client of
 * its own, so the demo caseload is left as it was only by a fresh context afterwards.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithAnonymousUser
@ChangesDemoPractice
class ActivationViewTest extends SpringBrowserlessTest {

    static final String WEAK_PASSWORD = "password1234";

    @Autowired
    ClientService clients;

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    UserDetailsService userDetails;

    /** The clinician invites someone new; the test stays signed out. Returns the link's token. */
    private String invite(String fullName, String email) {
        SecurityContext signedOut = TestSecurityContextHolder.getContext();
        UserDetails clinician = userDetails.loadUserByUsername(Demo.CLINICIAN);
        TestSecurityContextHolder.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(clinician, null, clinician.getAuthorities()));
        try {
            InvitationLink link =
                    clients.invite(InviteClient.individual(fullName, email)).link();
            return link.url().substring(link.url().lastIndexOf('/') + 1);
        } finally {
            TestSecurityContextHolder.setContext(signedOut);
        }
    }

    private PasswordField passwordField(String label) {
        return find(PasswordField.class).withLabel(label).single();
    }

    private void choose() {
        test(find(Button.class).withText("Choose password and continue").single())
                .click();
    }

    @Test
    void the_invited_person_is_greeted_and_a_weak_password_is_explained_and_refused() {
        String token = invite("Wendell Roe", "wendell.roe@example.org");

        navigate("invitation/" + token, Component.class);

        assertThat(getCurrentView()).isInstanceOf(ActivationView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Welcome, Wendell Roe");
        var password = passwordField("Choose a password");
        var repeat = passwordField("Type it again");
        var strength = find(Span.class).id("password-strength");
        assertThat(strength.getText()).isEmpty();

        test(password).setValue(WEAK_PASSWORD);
        assertThat(strength.getText()).startsWith("Strength: Weak");

        test(repeat).setValue("password12345");
        choose();
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords are not the same");
        assertThat(password.isInvalid()).isFalse();

        test(repeat).setValue(WEAK_PASSWORD);
        choose();
        String policyMessage = passwordPolicy
                .problemWith(WEAK_PASSWORD, "wendell.roe@example.org", "Wendell Roe")
                .orElseThrow();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(policyMessage);
        assertThat(repeat.isInvalid()).isFalse();
        assertThat(password.getValue()).isEqualTo(WEAK_PASSWORD);
        assertThat(getCurrentView()).isInstanceOf(ActivationView.class);
        assertThat(invitations.open(token))
                .as("a refused password leaves the link usable")
                .isPresent();
    }

    @Test
    void a_stronger_password_reads_as_stronger_on_the_meter() {
        String token = invite("Odile Marchetti", "odile.marchetti@example.org");
        navigate("invitation/" + token, Component.class);
        var strength = find(Span.class).id("password-strength");

        test(passwordField("Choose a password")).setValue("lanterns over the quiet harbour");

        assertThat(strength.getText()).startsWith("Strength: ").doesNotStartWith("Strength: Weak");
    }

    @Test
    void an_unknown_link_no_longer_works() {
        navigate("invitation/not-a-real-token", Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("This link no longer works");
        assertThat(find(PasswordField.class).exists()).isFalse();
    }

    @Test
    void a_link_that_was_already_used_no_longer_works() {
        String token = invite("Piet Anselm", "piet.anselm@example.org");
        invitations.activate(token, "lanterns over the quiet harbour");

        navigate("invitation/" + token, Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("This link no longer works");
        assertThat(find(H1.class).withText("Welcome, Piet Anselm").exists()).isFalse();
        assertThat(find(PasswordField.class).exists()).isFalse();
    }
}
