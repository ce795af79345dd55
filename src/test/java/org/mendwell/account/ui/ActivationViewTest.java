package org.mendwell.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mendwell.account.InvitationLink;
import org.mendwell.account.InvitationService;
import org.mendwell.account.PasswordPolicy;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.InviteClient;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
    static final String STRONG_PASSWORD = "lanterns over the quiet harbour";

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ViewerLanguage viewerLanguage;

    /** The clinician invites someone new; the test stays signed out. Returns the link's token. */
    private String invite(String fullName, String email) {
        return invite(InviteClient.individual(fullName, email));
    }

    /** The clinician sends this invitation; the test stays signed out. Returns the link's token. */
    private String invite(InviteClient invitation) {
        SecurityContext signedOut = TestSecurityContextHolder.getContext();
        UserDetails clinician = userDetails.loadUserByUsername(Demo.CLINICIAN);
        TestSecurityContextHolder.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(clinician, null, clinician.getAuthorities()));
        try {
            InvitationLink link = inviting.invite(invitation).link();
            return link.url().substring(link.url().lastIndexOf('/') + 1);
        } finally {
            TestSecurityContextHolder.setContext(signedOut);
        }
    }

    private PasswordField passwordField(String label) {
        return find(PasswordField.class).withLabel(label).single();
    }

    /** The password typed twice on the page in Spanish, and chosen. */
    private void chooseInSpanish() {
        test(passwordField("Elija una contraseña")).setValue(STRONG_PASSWORD);
        test(passwordField("Escríbala otra vez")).setValue(STRONG_PASSWORD);
        test(find(Button.class).withText("Elegir la contraseña y continuar").single())
                .click();
    }

    private String accountLanguage(String email) {
        return jdbc.queryForObject("select language from account where email = ?", String.class, email);
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

    @Test
    void a_new_client_who_reads_the_invitation_in_spanish_gets_spanish_as_their_accounts_language() {
        String token = invite("Lucía Ferrer", "lucia.ferrer@example.org");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate("invitation/" + token, Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Le damos la bienvenida, Lucía Ferrer");
        assertThat(find(Button.class).withText("English").single().getElement().getAttribute("lang"))
                .isEqualTo("en");
        chooseInSpanish();

        assertThat(accountLanguage("lucia.ferrer@example.org")).isEqualTo("es");
    }

    @Test
    void a_client_invited_in_spanish_reads_the_page_in_spanish_whatever_the_browser_and_keeps_it() {
        String token = invite(InviteClient.individual("Inés Montero", "ines.montero@example.org", Language.SPANISH));
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-GB"));

        navigate("invitation/" + token, Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Le damos la bienvenida, Inés Montero");
        assertThat(find(Paragraph.class)
                        .withText("Este portal y sus correos estarán en este idioma (español). Puede elegir otro "
                                + "arriba, ahora o más adelante en la página Seguridad de la cuenta.")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Español").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        chooseInSpanish();

        assertThat(accountLanguage("ines.montero@example.org")).isEqualTo("es");
    }

    @Test
    void a_client_invited_in_spanish_who_picks_english_on_the_page_gets_an_english_account() {
        String token = invite(InviteClient.individual("Ruth Okafor", "ruth.okafor@example.org", Language.SPANISH));
        navigate("invitation/" + token, Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Le damos la bienvenida, Ruth Okafor");

        // What the "English" button does before the page reloads in the language chosen.
        viewerLanguage.chooseForThisVisit(Language.ENGLISH);
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-GB"));
        navigate("invitation/" + token, Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Welcome, Ruth Okafor");
        assertThat(find(Paragraph.class)
                        .withText("This portal and your e-mails will be in this language (English). You can choose "
                                + "another above, now or later on the Account security page.")
                        .exists())
                .isTrue();
        test(passwordField("Choose a password")).setValue(STRONG_PASSWORD);
        test(passwordField("Type it again")).setValue(STRONG_PASSWORD);
        choose();

        assertThat(accountLanguage("ruth.okafor@example.org")).isEqualTo("en");
    }

    @Test
    void a_visitor_who_picks_espanol_reads_the_rest_of_the_visit_in_spanish() {
        navigate("invitation/not-a-real-token", Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("This link no longer works");

        test(find(Button.class).withText("Español").single()).click();

        assertThat(viewerLanguage.viewerLocale().getLanguage()).isEqualTo("es");
    }
}
