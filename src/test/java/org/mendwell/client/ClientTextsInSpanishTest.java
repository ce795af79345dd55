package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mendwell.support.Refusals.problemsOf;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountService;
import org.mendwell.account.MyLanguageService;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.i18n.Language;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the client feature's refusals, the notice after a handover and its e-mail reach a Spanish-speaking
 * reader in Spanish: the page's language for what the page shows, the client's chosen language for the e-mail.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithTestMailServer
class ClientTextsInSpanishTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    InputValidator validator;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    HandoverService handovers;

    @Autowired
    MyRecordService ownRecord;

    @Autowired
    MyLanguageService myLanguage;

    @Autowired
    AccountService accounts;

    @Autowired
    TestMailServer mail;

    @BeforeEach
    void aSpanishPage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    @Test
    void a_clinician_inviting_a_client_reads_what_is_missing_in_spanish() {
        assertThat(validator.problems(InviteClient.individual(" ", "")))
                .containsEntry("fullName", "Escriba el nombre del cliente")
                .containsEntry("email", "Escriba una dirección de correo");

        signIn.as(Demo.CLINICIAN);
        assertThat(problemsOf(() -> inviting.invite(new InviteClient(
                        "Ana Ruiz",
                        "ana.ruiz@example.org",
                        UUID.randomUUID(),
                        "Pablo Ruiz",
                        "pablo.ruiz@example.org"))))
                .containsEntry("existingPartnerId", "Elija una pareja entre sus propios clientes")
                .containsEntry(
                        "partnerFullName", "Elija un cliente existente o invite a una nueva pareja, no ambas cosas");
    }

    @Test
    void a_status_change_on_a_record_changed_meanwhile_names_the_status_in_spanish() {
        signIn.as(Demo.CLINICIAN);
        UUID hana = clientIds.of(Demo.HANA);

        assertThat(problemsOf(() -> clients.discharge(hana, -1)).get("version"))
                .startsWith("El expediente de este cliente cambió después de que usted lo abriera")
                .contains("su estado es ahora «en tratamiento»");
    }

    @Test
    @ChangesDemoPractice
    void a_spanish_speaking_client_handed_over_reads_the_e_mail_and_the_notice_in_spanish() {
        UUID hana = clientIds.of(Demo.HANA);
        signIn.as(Demo.HANA);
        myLanguage.choose(Language.SPANISH);
        signIn.as(Demo.ADMIN);
        UUID ownClinician = accounts.findByEmail(Demo.CLINICIAN).orElseThrow().id();
        var colleague = accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow();
        assertThat(problemsOf(() -> handovers.handOver(hana, ownClinician, "Horario de tarde")))
                .containsEntry("clinician", "Este cliente ya está con ese terapeuta");

        handovers.handOver(hana, colleague.id(), "Hana asked for evening sessions");

        assertThat(mail.bodiesTo(Demo.HANA, 1))
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .startsWith("Hola, ")
                        .contains("Su terapeuta en Mendwell es ahora " + colleague.displayName() + ".")
                        .doesNotContain("evening", "Your clinician"));
        signIn.as(Demo.HANA);
        assertThat(ownRecord.myProfile().clinicianChanged())
                .isEqualTo("Su terapeuta es ahora " + colleague.displayName()
                        + ". Lo que ha hecho en Mendwell sigue siendo suyo, y a partir de ahora lo verá "
                        + colleague.displayName() + ".");
    }
}
