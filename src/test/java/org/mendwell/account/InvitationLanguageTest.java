package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.InviteClient;
import org.mendwell.client.Invited;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.i18n.Language;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.Visitor;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The language of an invitation, against a real SMTP server: the clinician picks it, the e-mail is written in
 * it, the new account starts with it; and the last day of the link is the same day, in the same words, in the
 * e-mail and in what the clinician is shown. New clients are committed here, so the demo practice is restored.
 */
@MendwellTest
@ChangesDemoPractice
@WithTestMailServer
class InvitationLanguageTest {

    static final String PASSWORD = "a quiet harbour at dawn";
    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final ZoneId PRACTICE_ZONE = ZoneId.of("Europe/London");

    /** 23:30 in UTC is already the next day in London (summer time): the day must be London's, not the server's. */
    static final Instant LATE_JUNE_EVENING_UTC = Instant.parse("2027-06-10T23:30:00Z");

    @Autowired
    TestMailServer mail;

    @Autowired
    SignIn signIn;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountLanguages accountLanguages;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void asTheClinicianOnASummerEvening() {
        clock.set(LATE_JUNE_EVENING_UTC);
        signIn.as(Demo.CLINICIAN);
    }

    private static String tokenOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private UUID accountOf(UUID clientId) {
        return clientRecords.findById(clientId).orElseThrow().getAccountId();
    }

    private String storedLanguage(String email) {
        return jdbc.queryForObject("select language from account where email = ?", String.class, email);
    }

    @Test
    void a_client_invited_in_spanish_gets_a_spanish_e_mail_and_an_account_in_spanish_after_activation() {
        String email = "lucia.ferrer@example.org";

        Invited invited = inviting.invite(InviteClient.individual("Lucía Ferrer", email, Language.SPANISH));

        // Seven days after 00:30 on 11 June in London, written in Spanish.
        LocalDate lastDay = LocalDate.of(2027, 6, 18);
        String lastDayInSpanish = inSpanish(lastDay);
        assertThat(lastDayInSpanish).contains("18 de junio de 2027");
        List<String> bodies = mail.bodiesTo(email, 1);
        assertThat(bodies).hasSize(1);
        String body = bodies.getFirst();
        assertThat(body)
                .startsWith("Hola, Lucía Ferrer:")
                .contains("le ha invitado a Mendwell")
                .contains("el enlace funciona una sola vez, hasta el " + lastDayInSpanish + ")")
                .contains(invited.link().url())
                .doesNotContain("Hello")
                .doesNotContain("has invited you");
        assertThat(invited.link().expiresDay()).isEqualTo(lastDay);
        assertThat(LocalDate.ofInstant(invited.link().expiresAt(), PRACTICE_ZONE))
                .isEqualTo(lastDay);
        assertThat(storedLanguage(email))
                .as("the account starts in the invitation's language")
                .isEqualTo("es");

        assertThat(invitations.open(tokenOf(invited.link().url())))
                .hasValueSatisfying(person -> assertThat(person.language()).isEqualTo(Language.SPANISH));
        signIn.as(Visitor.ANONYMOUS);
        assertThat(invitations.activate(tokenOf(invited.link().url()), PASSWORD))
                .isEqualTo(email);

        assertThat(storedLanguage(email))
                .as("the account's language after activation")
                .isEqualTo("es");
        assertThat(accountLanguages.of(accountOf(invited.client().clientId()))).contains(Language.SPANISH);
    }

    @Test
    void a_new_link_for_a_client_invited_in_spanish_is_spanish_too() {
        String email = "mateo.vidal@example.org";
        Invited invited = inviting.invite(InviteClient.individual("Mateo Vidal", email, Language.SPANISH));

        InvitationLink again = inviting.resendInvitation(invited.client().clientId());

        List<String> bodies = mail.bodiesTo(email, 2);
        assertThat(bodies).hasSize(2);
        assertThat(bodies)
                .allSatisfy(body -> assertThat(body).startsWith("Hola, Mateo Vidal:"))
                .anySatisfy(body -> assertThat(body)
                        .contains(again.url() + "\n")
                        .contains("hasta el " + inSpanish(again.expiresDay()) + ")"));
        assertThat(inSpanish(again.expiresDay())).contains("de junio de 2027");
    }

    @Test
    void both_partners_invited_together_get_the_chosen_language() {
        var invited = inviting.invite(new InviteClient(
                "Ana Ruiz", "ana.ruiz@example.org", null, "Pablo Ruiz", "pablo.ruiz@example.org", Language.SPANISH));

        assertThat(mail.bodiesTo("ana.ruiz@example.org", 1))
                .singleElement()
                .asString()
                .startsWith("Hola, Ana Ruiz:");
        assertThat(mail.bodiesTo("pablo.ruiz@example.org", 1))
                .singleElement()
                .asString()
                .startsWith("Hola, Pablo Ruiz:");
        assertThat(storedLanguage("pablo.ruiz@example.org")).isEqualTo("es");
        assertThat(invited.partnerLink()).isNotNull();
    }

    @Test
    void an_invitation_in_english_says_the_same_day_in_english_and_leaves_the_choice_to_the_client() {
        String email = "wendell.roe@example.org";

        Invited invited = inviting.invite(InviteClient.individual("Wendell Roe", email));

        assertThat(invited.link().expiresDay()).isEqualTo(LocalDate.of(2027, 6, 18));
        assertThat(mail.bodiesTo(email, 1))
                .singleElement()
                .asString()
                .startsWith("Hello Wendell Roe,")
                .contains("until Friday 18 June 2027)");
        assertThat(storedLanguage(email))
                .as("no language chosen: the activation page follows the browser")
                .isNull();
        assertThat(invitations.open(tokenOf(invited.link().url())))
                .hasValueSatisfying(person -> assertThat(person.language()).isNull());
    }

    private static String inSpanish(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' y", SPANISH).format(day);
    }
}
