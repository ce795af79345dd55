package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mendwell.support.Refusals.problemsOf;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the account's refusals and the messages of its constraints reach a Spanish-speaking viewer in Spanish,
 * not in Hibernate Validator's or the code's English. Each call is refused before it changes anything.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class AccountRefusalsInSpanishTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    InputValidator validator;

    @Autowired
    MyTimeZoneService myTimeZone;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    AccountService accounts;

    @Autowired
    Messages messages;

    @BeforeEach
    void aSpanishPage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    @Test
    void the_constraints_of_a_new_clinician_account_speak_spanish() {
        assertThat(validator.problems(new NewStaffAccount("", " ")))
                .containsEntry("email", "Escriba una dirección de correo")
                .containsEntry("displayName", "Escriba el nombre del terapeuta");
        assertThat(validator.problems(new NewStaffAccount("no address", "Dr. Nueva")))
                .containsEntry("email", "Escriba una dirección de correo válida, como nombre@ejemplo.org");
    }

    @Test
    void a_new_address_with_letters_beyond_a_to_z_or_on_the_demo_domain_is_refused_in_spanish() {
        assertThat(validator.problems(new NewEmailAddress("")))
                .containsEntry("newEmail", "Escriba la nueva dirección de correo");
        assertThat(validator.problems(new NewEmailAddress("jösé@example.org")).get("newEmail"))
                .startsWith("Mendwell solo puede usar direcciones de correo escritas con las letras de la a a la z");
        assertThat(MailableAddressValidator.problem("someone" + DemoPassword.EMAIL_DOMAIN, false))
                .isEqualTo(MailableAddressValidator.DEMO_DOMAIN);
        assertThat(messages.viewerProblem(MailableAddressValidator.DEMO_DOMAIN))
                .isEqualTo("Las direcciones que terminan en " + DemoPassword.EMAIL_DOMAIN
                        + " pertenecen a la consulta de demostración y no pueden recibir correo. "
                        + "Escriba una dirección real.");
    }

    @Test
    void a_clinicians_time_zone_and_e_mail_refusals_speak_spanish() {
        signIn.as(Demo.CLINICIAN);

        assertThat(problemsOf(() -> myTimeZone.choose("Mars/Olympus_Mons")))
                .containsEntry("timeZone", "Elija una zona horaria de la lista, como Europe/Madrid");
        // The tests run without a mail server: nothing can confirm a new address.
        assertThat(problemsOf(() -> myAccount.requestEmailChange(Demo.PASSWORD, "", "moved.elsewhere@example.org")))
                .containsEntry(
                        "newEmail",
                        "Este portal todavía no puede enviar correos, así que no se puede confirmar la nueva "
                                + "dirección y no se ha cambiado nada. Consulte a la administración de la consulta.");
    }

    @Test
    void an_administrator_reads_in_spanish_why_a_new_clinician_cannot_be_created() {
        signIn.as(Demo.ADMIN);
        String colleague = accounts.findByEmail(Demo.CLINICIAN).orElseThrow().displayName();

        Map<String, String> problems =
                problemsOf(() -> accounts.createClinician(new NewStaffAccount("nueva.colega@example.org", colleague)));

        assertThat(problems.get("displayName")).startsWith("Otra persona de la consulta ya tiene este nombre.");
        assertThat(problems.get("email")).startsWith("No hay ningún servidor de correo configurado");
        assertThat(accounts.findByEmail("nueva.colega@example.org")).isEmpty();
    }
}
