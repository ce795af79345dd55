package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountEmailChanged;
import org.mendwell.account.ClientAccountActivated;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client feature's event listeners run with nobody signed in (the event says who is meant), so
 * they must change the one record the event names and nothing else: every client row, and its
 * history, is compared before and after.
 */
@MendwellTest
@Transactional
class ClientEventListenersTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ClientRepository clients;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    /** Each client's row and the length of its history, keyed by client id. */
    private Map<String, String> everyClient() {
        entityManager.flush();
        Map<String, String> rows = new HashMap<>();
        jdbc.query("""
                select c.id, c.status, c.email, c.full_name, c.version, c.safety_flag, c.clinician_id,
                       (select count(*) from client_status_event e where e.client_id = c.id) as changes
                  from client c""", rs -> {
            rows.put(
                    rs.getString("id"),
                    String.join(
                            "|",
                            rs.getString("status"),
                            rs.getString("email"),
                            rs.getString("full_name"),
                            rs.getString("version"),
                            rs.getString("safety_flag"),
                            rs.getString("clinician_id"),
                            rs.getString("changes")));
        });
        return rows;
    }

    private static Map<String, String> without(Map<String, String> rows, UUID clientId) {
        var rest = new HashMap<>(rows);
        rest.remove(clientId.toString());
        return rest;
    }

    @Test
    void an_activated_account_moves_only_its_own_client_on_to_the_intake() {
        SecurityContextHolder.clearContext();
        var tobias = clients.findByEmail(Demo.TOBIAS).orElseThrow();
        assertThat(tobias.getStatus()).isEqualTo(ClientStatus.INVITED);
        Map<String, String> before = everyClient();

        events.publishEvent(new ClientAccountActivated(tobias.getAccountId(), Instant.now()));

        Map<String, String> after = everyClient();
        assertThat(without(after, tobias.getId()))
                .as("every other client untouched")
                .isEqualTo(without(before, tobias.getId()));
        assertThat(after.get(tobias.getId().toString()))
                .startsWith(ClientStatus.INTAKE_IN_PROGRESS.name() + "|")
                .isNotEqualTo(before.get(tobias.getId().toString()));
    }

    @Test
    void a_changed_sign_in_address_changes_only_its_own_client_record() {
        SecurityContextHolder.clearContext();
        var hana = clients.findByEmail(Demo.HANA).orElseThrow();
        Map<String, String> before = everyClient();

        events.publishEvent(new AccountEmailChanged(hana.getAccountId(), "hana.elsewhere@example.org"));

        Map<String, String> after = everyClient();
        assertThat(without(after, hana.getId()))
                .as("every other client untouched")
                .isEqualTo(without(before, hana.getId()));
        assertThat(after.get(hana.getId().toString())).contains("|hana.elsewhere@example.org|");
    }

    @Test
    void an_event_for_an_account_without_a_client_record_changes_nothing() {
        SecurityContextHolder.clearContext();
        Map<String, String> before = everyClient();

        events.publishEvent(new ClientAccountActivated(UUID.randomUUID(), Instant.now()));
        events.publishEvent(new AccountEmailChanged(UUID.randomUUID(), "nobody@example.org"));

        assertThat(everyClient()).isEqualTo(before);
    }
}
