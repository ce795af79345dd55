package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.SignInFixtures;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MutableClock;
import org.mendwell.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Signing in over real HTTP: session ids, and how repeated failures slow down and pause sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
class SignInOverHttpTest {

    static final String UNKNOWN = "nobody.here@mendwell.example";
    static final String WRONG = "not the right password";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInFixtures fixtures;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    @Test
    void signing_in_replaces_the_session_id() {
        var visitor = new HttpVisitor(port);
        visitor.get("/login");
        String before = visitor.sessionId().orElseThrow();

        String next = visitor.signIn(Demo.CLINICIAN, Demo.PASSWORD);

        assertThat(next).doesNotContain("error");
        assertThat(visitor.sessionId()).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
        assertThat(visitor.get("/caseload").statusCode()).isEqualTo(200);

        var thief = new HttpVisitor(port);
        thief.useSessionId(before);
        assertThat(thief.get("/caseload").statusCode()).as("the id from before sign-in opens nothing").isEqualTo(302);
    }

    @Test
    void the_log_in_page_is_the_portals_own_not_spring_securitys_default() {
        var page = new HttpVisitor(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Please sign in").contains("<title>");
    }

    @Test
    void a_link_to_a_new_e_mail_address_opened_while_signed_out_asks_to_sign_in_and_then_leads_back_to_it() {
        var visitor = new HttpVisitor(port);
        var link = visitor.get("/confirm-email/" + "a".repeat(43));

        assertThat(link.statusCode()).isEqualTo(302);
        assertThat(link.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(visitor.signIn(Demo.CLIENT, Demo.PASSWORD)).contains("/confirm-email/" + "a".repeat(43));
    }

    @Test
    void a_wrong_password_and_an_unknown_address_get_the_same_answer() {
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, WRONG)).endsWith("/login?error");
        assertThat(new HttpVisitor(port).signIn(UNKNOWN, WRONG)).endsWith("/login?error");
    }

    @Test
    void after_ten_failures_even_the_right_password_is_refused_for_fifteen_minutes_known_account_or_not() {
        // From a different machine each time, so that only the e-mail's count can pause them.
        for (int i = 0; i < 10; i++) {
            clock.set(clock.instant().plusSeconds(321)); // past the longest wait before the pause (5 s doubled six times)
            new HttpVisitor(port, "127.0.1." + i).signIn(Demo.CLINICIAN, WRONG);
            new HttpVisitor(port, "127.0.2." + i).signIn(UNKNOWN, WRONG);
        }

        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, Demo.PASSWORD)).endsWith("/login?error");
        assertThat(new HttpVisitor(port).signIn(UNKNOWN, Demo.PASSWORD)).endsWith("/login?error");

        clock.set(clock.instant().plus(Duration.ofMinutes(14)));
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, Demo.PASSWORD)).endsWith("/login?error");
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, Demo.PASSWORD)).doesNotContain("error");
    }

    @Test
    void after_three_failures_the_next_try_must_wait_a_few_seconds() {
        for (int i = 0; i < 3; i++) {
            assertThat(new HttpVisitor(port).signIn(Demo.CLIENT, WRONG)).endsWith("/login?error");
        }

        assertThat(new HttpVisitor(port).signIn(Demo.CLIENT, Demo.PASSWORD)).as("within the wait").endsWith("/login?error");
        clock.set(clock.instant().plusSeconds(6));
        assertThat(new HttpVisitor(port).signIn(Demo.CLIENT, Demo.PASSWORD)).doesNotContain("error");
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle", Long.class))
                .as("only the address's count remains after the success").isEqualTo(1);
    }

    @Test
    void one_address_trying_many_accounts_is_paused_for_every_account() {
        String from = "127.0.3.1";
        for (int i = 0; i < 30; i++) {
            new HttpVisitor(port, from).signIn("guess" + i + "@example.org", WRONG);
        }

        assertThat(new HttpVisitor(port, from).signIn(Demo.CLINICIAN_2, Demo.PASSWORD)).endsWith("/login?error");
        assertThat(new HttpVisitor(port, "127.0.3.2").signIn(Demo.CLINICIAN_2, Demo.PASSWORD))
                .as("from another machine").doesNotContain("error");
    }
}
