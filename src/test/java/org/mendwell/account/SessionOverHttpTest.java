package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** When a signed-in session ends, over real HTTP: idle time, absolute lifetime, and another session's password change. */
@MendwellWebTest
class SessionOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SignInFixtures fixtures;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    private HttpVisitor signedIn(String email) {
        var visitor = new HttpVisitor(port);
        assertThat(visitor.signIn(email, Demo.PASSWORD)).doesNotContain("error");
        assertThat(visitor.get("/caseload").statusCode()).isEqualTo(200);
        return visitor;
    }

    private static boolean sentToLogIn(HttpVisitor visitor, String path) {
        var response = visitor.get(path);
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    @Test
    void a_session_ends_after_fifteen_minutes_without_the_persons_own_requests() {
        var visitor = signedIn(Demo.CLINICIAN);

        clock.set(clock.instant().plus(Duration.ofMinutes(14)));
        assertThat(visitor.get("/caseload").statusCode())
                .as("activity at 14 minutes")
                .isEqualTo(200);
        clock.set(clock.instant().plus(Duration.ofMinutes(14)));
        assertThat(visitor.get("/caseload").statusCode())
                .as("14 minutes after the last activity")
                .isEqualTo(200);

        clock.set(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(sentToLogIn(visitor, "/caseload")).isTrue();
    }

    @Test
    void vaadins_heartbeat_does_not_keep_an_idle_session_alive() {
        var visitor = signedIn(Demo.CLINICIAN);

        for (int minute = 5; minute <= 15; minute += 5) {
            clock.set(clock.instant().plus(Duration.ofMinutes(5)));
            visitor.postForm("/?v-r=heartbeat&v-uiId=0", java.util.Map.of());
        }

        assertThat(sentToLogIn(visitor, "/caseload")).isTrue();
    }

    @Test
    void a_busy_session_still_ends_twelve_hours_after_signing_in() {
        var visitor = signedIn(Demo.CLINICIAN);

        for (int i = 0; i < 71; i++) { // every 10 minutes for 11 h 50 min
            clock.set(clock.instant().plus(Duration.ofMinutes(10)));
            assertThat(visitor.get("/caseload").statusCode()).isEqualTo(200);
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(sentToLogIn(visitor, "/caseload")).isTrue();
    }

    @Test
    void raising_the_accounts_session_epoch_ends_its_sessions_and_no_one_elses() {
        var laptop = signedIn(Demo.CLINICIAN);
        var phone = signedIn(Demo.CLINICIAN);
        var colleague = signedIn(Demo.CLINICIAN_2);

        transaction.executeWithoutResult(
                status -> accounts.findByEmail(Demo.CLINICIAN).orElseThrow().endOtherSessions());

        assertThat(sentToLogIn(laptop, "/caseload")).isTrue();
        assertThat(sentToLogIn(phone, "/caseload")).isTrue();
        assertThat(colleague.get("/caseload").statusCode()).isEqualTo(200);
    }

    @Test
    void a_deactivated_account_loses_its_open_session() {
        var visitor = signedIn(Demo.CLINICIAN_2);

        transaction.executeWithoutResult(
                status -> accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().setActive(false));
        try {
            assertThat(sentToLogIn(visitor, "/caseload")).isTrue();
        } finally {
            transaction.executeWithoutResult(status ->
                    accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().setActive(true));
        }
    }
}
