package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mendwell.account.AccountService;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.account.PasswordResetService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.Comment;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ReviewService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Security round 2, finding 1: an administrator opens a clinician account at an address they control and
 * moves a client to it to read the client's safety screen. It must be neither quick nor silent: the new
 * account must have been signed in to, a client of a clinician who stays needs a written reason, and both
 * clinicians and the client are told. Real SMTP, real HTTP sign-in; changes commit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class HandoverToANewAccountTest {

    static final TestMailServer mail = new TestMailServer();

    @RegisterExtension
    static final GreenMailExtension smtp = mail.extension();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        mail.configure(registry);
    }

    @LocalServerPort
    int port;

    @Autowired HandoverService handovers;
    @Autowired AccountService accounts;
    @Autowired PasswordResetService resets;
    @Autowired ClientService clients;
    @Autowired ClientRepository clientRecords;
    @Autowired ReviewService reviews;
    @Autowired CompletionService completion;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void a_client_goes_only_to_a_clinician_who_signed_in_with_a_reason_and_everyone_concerned_is_told()
            throws Exception {
        String newcomer = "quinn.avery@example.org";
        UUID robin = clientRecords.findByEmail(Demo.CLIENT).orElseThrow().getId();
        signIn.as(Demo.ADMIN);
        UUID quinn = accounts.createClinician(new NewStaffAccount(newcomer, "Dr. Quinn Avery")).id();
        String firstLink = mail.bodiesTo(newcomer, 1).getFirst();

        assertThatThrownBy(() -> handovers.handOver(robin, quinn, "A lighter caseload"))
                .as("nobody has signed in to the new account yet")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsKey("clinician"));

        TestSecurityContextHolder.clearContext();
        resets.reset(TestMailServer.tokenAfter("reset-password/", firstLink), "kingfishers along the weir");
        assertThat(new HttpVisitor(port).signIn(newcomer, "kingfishers along the weir")).doesNotContain("error");

        signIn.as(Demo.ADMIN);
        assertThatThrownBy(() -> handovers.handOver(robin, quinn, "  "))
                .as("Robin's clinician is still with the practice: the administrator must say why")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsEntry("reason", HandoverService.REASON_NEEDED));
        mail.bodiesTo(newcomer, 2); // waits for both messages so far: the first link, the notice of a new password
        int before = mail.receivedCount();

        handovers.handOver(robin, quinn, "Robin asked for evening sessions");
        try {
            // The new clinician, the former one, Robin and Jonas (who moves with her as a couple): four messages.
            assertThat(mail.bodiesTo(newcomer, before + 4)).anySatisfy(body -> assertThat(body)
                    .contains("handed one of their colleague's clients over to you", "Alex Morgan")
                    .doesNotContain("Robin", "Ashdown"));
            assertThat(mail.bodiesTo(Demo.JONAS, 1)).anySatisfy(body -> assertThat(body)
                    .contains("Your clinician at Mendwell is now Dr. Quinn Avery"));
            assertThat(mail.bodiesTo(Demo.CLINICIAN, 1)).anySatisfy(body -> assertThat(body)
                    .contains("handed one of your clients over to Dr. Quinn Avery").doesNotContain("Robin", "Ashdown"));
            assertThat(mail.bodiesTo(Demo.CLIENT, 1)).anySatisfy(body -> assertThat(body)
                    .contains("Your clinician at Mendwell is now Dr. Quinn Avery").doesNotContain("evening", "PHQ"));
            assertThat(mail.receivedCount()).as("nobody else is told").isEqualTo(before + 4);

            signIn.as(newcomer);
            assertThat(clients.details(robin).history().getLast().reason()).endsWith(
                    "to Dr. Quinn Avery. Reason: Robin asked for evening sessions");

            signIn.as(Demo.CLIENT);
            assertThat(clients.myProfile().clinicianChanged()).startsWith("Your clinician is now Dr. Quinn Avery.");
            clients.clinicianChangeSeen();
            assertThat(clients.myProfile().clinicianChanged()).as("shown until Robin has read it").isNull();
        } finally {
            // Back as the demo practice had it (Dr. Avery is still active, so this needs a reason too).
            signIn.as(Demo.ADMIN);
            handovers.handOver(robin, accounts.findByEmail(Demo.CLINICIAN).orElseThrow().id(), "Back after the test");
        }
    }

    @Test
    void after_a_handover_the_former_clinicians_feedback_still_carries_her_name() {
        // Any submitted exercise of a client of Dr. Castell's who is not in a couple and can sign in.
        var found = jdbc.queryForMap("""
                select c.id as client_id, a.email as email, s.id as submission_id, s.occurrence_id as occurrence_id
                  from submission s join client c on c.id = s.client_id join account a on a.id = c.account_id
                 where s.submitted_at is not null and c.partner_id is null and a.password_hash is not null
                   and c.clinician_id = (select id from account where email = ?)
                 order by s.submitted_at limit 1""", Demo.CLINICIAN);
        UUID client = UUID.fromString(found.get("client_id").toString());
        UUID submission = UUID.fromString(found.get("submission_id").toString());
        UUID occurrence = UUID.fromString(found.get("occurrence_id").toString());
        signIn.as(Demo.CLINICIAN);
        reviews.sendFeedback(submission, "Well noticed.");
        signIn.as(Demo.ADMIN);
        UUID castell = accounts.findByEmail(Demo.CLINICIAN).orElseThrow().id();
        handovers.handOver(client, accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().id(), "A lighter caseload");
        try {
            signIn.as(found.get("email").toString());
            assertThat(completion.myExercise(occurrence).comments())
                    .filteredOn(Comment::fromClinician).extracting(Comment::author).last()
                    .isEqualTo("Dr. Mira Castell");
        } finally {
            signIn.as(Demo.ADMIN);
            handovers.handOver(client, castell, "Back after the test");
        }
    }
}
