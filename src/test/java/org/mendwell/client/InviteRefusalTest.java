package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * "New client" must not tell a clinician whose an address is: another clinician's client, a colleague and
 * their own client get one and the same answer; refusals are audited and, many in an hour, slowed.
 * Not transactional: the refusals' audit entries must really commit while the change rolls back.
 */
@MendwellTest
@ChangesDemoPractice
class InviteRefusalTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    /** Refusals are counted in memory, and this context may have served other classes: each test starts past them. */
    @BeforeEach
    void pastEarlierRefusals() {
        clock.set(clock.instant().plus(RefusedInvites.WINDOW).plusSeconds(1));
    }

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    private String emailProblem(InviteClient request) {
        try {
            inviting.invite(request);
        } catch (InvalidInputException refused) {
            return refused.problems().get("email");
        }
        throw new AssertionError("the invitation was accepted");
    }

    private List<String> refusalsRecordedFor(String clinician) {
        return jdbc.sql("SELECT operation FROM audit_event WHERE actor_email = ? AND action = 'REFUSED' ORDER BY seq")
                .param(clinician)
                .query(String.class)
                .list();
    }

    @Test
    void an_address_in_use_gets_the_same_neutral_answer_whoever_uses_it_and_each_refusal_is_audited() {
        signIn.as(Demo.CLINICIAN_2);
        int before = refusalsRecordedFor(Demo.CLINICIAN_2).size();

        var answers = List.of(
                emailProblem(InviteClient.individual("Someone Else's", Demo.CLIENT)),
                emailProblem(InviteClient.individual("A Colleague", Demo.CLINICIAN)),
                emailProblem(InviteClient.individual("The Administrator", Demo.ADMIN)),
                emailProblem(InviteClient.individual("Own Client", Demo.CLIENT_2)));

        assertThat(answers).containsOnly(Messages.ofPage(ClientInvitationService.CANNOT_INVITE));
        assertThat(Messages.ofPage(ClientInvitationService.CANNOT_INVITE))
                .doesNotContainIgnoringCase("exist")
                .doesNotContainIgnoringCase("clinician")
                .doesNotContainIgnoringCase("staff");
        assertThat(refusalsRecordedFor(Demo.CLINICIAN_2))
                .hasSize(before + 4)
                .endsWith(
                        "ClientInvitationService.invite",
                        "ClientInvitationService.invite",
                        "ClientInvitationService.invite",
                        "ClientInvitationService.invite");
    }

    @Test
    void after_ten_refused_invitations_in_an_hour_even_a_good_one_waits_until_the_hour_is_over() {
        signIn.as(Demo.CLINICIAN);
        for (int i = 0; i < RefusedInvites.LIMIT; i++) {
            assertThat(emailProblem(InviteClient.individual("Probe " + i, "client2@mendwell.example")))
                    .isEqualTo(Messages.ofPage(ClientInvitationService.CANNOT_INVITE));
        }

        assertThat(emailProblem(InviteClient.individual("Fresh Person", "fresh.person@example.org")))
                .isEqualTo(Messages.ofPage(ClientInvitationService.TOO_MANY_REFUSED));
        assertThat(emailProblem(InviteClient.individual("Probe", Demo.ADMIN)))
                .as("no answer about the address while slowed")
                .isEqualTo(Messages.ofPage(ClientInvitationService.TOO_MANY_REFUSED));

        signIn.as(Demo.CLINICIAN_2);
        assertThat(inviting.invite(InviteClient.individual("Other Clinician's", "others.new@example.org")))
                .as("another clinician is not slowed")
                .isNotNull();

        signIn.as(Demo.CLINICIAN);
        clock.set(clock.instant().plus(RefusedInvites.WINDOW));
        assertThat(inviting.invite(InviteClient.individual("Fresh Person", "fresh.person@example.org"))
                        .client()
                        .email())
                .isEqualTo("fresh.person@example.org");
    }

    @Test
    void a_refused_invitation_with_a_missing_name_is_audited_as_refused_and_adds_no_client() {
        signIn.as(Demo.CLINICIAN_2);
        long caseload = clients.caseloadSize();
        int before = refusalsRecordedFor(Demo.CLINICIAN_2).size();

        assertThatThrownBy(() -> inviting.invite(InviteClient.individual(" ", "nameless@example.org")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(refusalsRecordedFor(Demo.CLINICIAN_2)).hasSize(before + 1);
        assertThat(clients.caseloadSize()).isEqualTo(caseload);
    }

    @Test
    void mistakes_in_a_form_are_not_counted_as_probes() {
        signIn.as(Demo.CLINICIAN);
        for (int i = 0; i <= RefusedInvites.LIMIT; i++) {
            assertThatThrownBy(() -> inviting.invite(InviteClient.individual(" ", "typo.person@example.org")))
                    .isInstanceOf(InvalidInputException.class);
        }

        assertThat(inviting.invite(InviteClient.individual("Typo Person", "typo.person@example.org"))
                        .client()
                        .email())
                .as("eleven missing names later, the corrected form goes through")
                .isEqualTo("typo.person@example.org");
    }
}
