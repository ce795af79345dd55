package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountService;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: handing a departing clinician's clients over sent each clinician one e-mail per client, in the
 * practice's English. Now each clinician gets one e-mail per handover, in their own language and zone, saying how
 * many clients moved and naming none of them. Counted per address on the test mail server.
 */
@MendwellTest
@ChangesDemoPractice
@WithTestMailServer
class HandoverMailsTest {

    @Autowired
    TestMailServer mail;

    @Autowired
    HandoverService handovers;

    @Autowired
    AccountService accounts;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void the_clinicians_read_english_on_the_practices_clock_again() {
        jdbc.update(
                "update account set language = null, time_zone = null where email in (?, ?)",
                Demo.CLINICIAN,
                Demo.CLINICIAN_2);
    }

    private UUID accountOf(String email) {
        signIn.as(Demo.ADMIN);
        return accounts.findByEmail(email).orElseThrow().id();
    }

    private List<String> namesOfClientsOf(UUID clinician) {
        return jdbc.queryForList(
                "select full_name from client where clinician_id = ?", String.class, clinician.toString());
    }

    @Test
    void a_departing_clinicians_clients_move_in_one_handover_and_each_clinician_gets_one_e_mail_saying_how_many() {
        UUID leaving = accountOf(Demo.CLINICIAN_2);
        UUID staying = accountOf(Demo.CLINICIAN);
        accounts.setActive(leaving, true);
        jdbc.update(
                "update account set language = 'es', time_zone = 'America/New_York' where email = ?", Demo.CLINICIAN);
        List<ClientInCare> inCare = handovers.clientsInCare(leaving);
        assertThat(inCare).as("more than one handover's worth of clients").hasSizeGreaterThan(1);
        var moves = new LinkedHashMap<UUID, UUID>();
        inCare.forEach(client -> moves.put(client.clientId(), staying));
        int before = namesOfClientsOf(staying).size();
        List<String> theirNames = namesOfClientsOf(leaving);

        signIn.as(Demo.ADMIN);
        handovers.handOverEach(moves, "Leaving the practice");

        int moved = namesOfClientsOf(staying).size() - before;
        assertThat(moved).isGreaterThanOrEqualTo(inCare.size());
        List<String> toStaying = mail.bodiesTo(Demo.CLINICIAN, 2);
        assertThat(toStaying).as("one e-mail for the whole handover").hasSize(1);
        assertThat(toStaying.getFirst())
                .as("in her language and on her clock")
                .contains("le asignó " + moved + " clientes de otro terapeuta")
                .contains("(hora oriental, New York)")
                .doesNotContain(" time)");
        List<String> toLeaving = mail.bodiesTo(Demo.CLINICIAN_2, 2);
        assertThat(toLeaving).hasSize(1);
        assertThat(toLeaving.getFirst())
                .contains("handed " + moved + " of your clients over to")
                .contains("(London Time)");
        assertThat(theirNames).isNotEmpty().allSatisfy(name -> {
            assertThat(toStaying.getFirst()).doesNotContain(name);
            assertThat(toLeaving.getFirst()).doesNotContain(name);
        });

        // Back as the demo practice had it.
        var back = new LinkedHashMap<UUID, UUID>();
        inCare.forEach(client -> back.put(client.clientId(), leaving));
        handovers.handOverEach(back, "Back after the test");
        awaitMailsOfTheWayBack(Demo.CLINICIAN_2);
    }

    /** The e-mails of putting the practice back leave after the commit: let them arrive before the next test. */
    private void awaitMailsOfTheWayBack(String receiving) {
        assertThat(mail.bodiesTo(receiving, "over to you"))
                .anySatisfy(body -> assertThat(body).contains("over to you"));
    }

    @Test
    void a_couple_handed_over_is_one_e_mail_saying_two_clients() {
        UUID to = accountOf(Demo.CLINICIAN_2);
        accounts.setActive(to, true);
        UUID robin = jdbc.queryForObject("select id from client where email = ?", UUID.class, Demo.CLIENT);

        handovers.handOver(robin, to, "A lighter caseload");

        List<String> bodies = mail.bodiesTo(Demo.CLINICIAN_2, 2);
        assertThat(bodies).hasSize(1);
        assertThat(bodies.getFirst())
                .contains("handed 2 clients of a colleague over to you")
                .doesNotContain("Robin", "Jonas");

        handovers.handOver(robin, accountOf(Demo.CLINICIAN), "Back after the test");
        awaitMailsOfTheWayBack(Demo.CLINICIAN);
    }
}
