package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.account.security.SignInThrottle;
import org.mendwell.support.Authenticator;
import org.mendwell.support.MendwellMariaDbTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The sign-in tables and the throttle's own SQL on a real MariaDB server (./mvnw -Pmariadb-tests test). */
@MendwellMariaDbTest
class SignInMariaDbTest {

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SignInFixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PracticeSecurity practiceSecurity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void failures_count_up_pause_and_are_forgotten_on_mariadb() {
        clock.set(Instant.now());
        String email = "guess-" + UUID.randomUUID() + "@example.org";
        String address = "192.0.2." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            clock.set(clock.instant().plusSeconds(321));
            throttle.recordFailure(email, address);
        }

        assertThat(throttle.mustWait(email, "198.51.100.1")).isTrue();
        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(throttle.mustWait(email, "198.51.100.1")).isFalse();
        throttle.recordFailure(email, address);
        assertThat(throttle.mustWait(email, "198.51.100.1"))
                .as("the eleventh failure pauses again")
                .isTrue();
        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        throttle.reserve(email, address).orElseThrow().succeeded();
        assertThat(throttle.mustWait(email, "198.51.100.1"))
                .as("a sign-in clears the e-mail's count")
                .isFalse();
    }

    @Test
    void an_authenticator_app_and_its_recovery_codes_are_stored_on_mariadb() {
        clock.set(Instant.now());
        String email = "app-" + UUID.randomUUID() + "@example.org";
        var account = new Account(email, "App User", Role.CLIENT, clock.instant());
        account.setPasswordHash(passwordEncoder.encode("a heron over the reed beds"));
        accounts.saveAndFlush(account);

        Authenticator phone = fixtures.enrol(email);

        var stored = accounts.findByEmail(email).orElseThrow();
        assertThat(stored.hasMfa()).isTrue();
        assertThat(stored.getMfaSecret()).doesNotContain(phone.base32Key());
        assertThat(accounts.activeSessionEpoch(stored.getId())).contains(0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_code where account_id = ?", Long.class, stored.getId()))
                .isEqualTo(10);
        assertThat(practiceSecurity.staffMfaRequired()).isFalse();
    }
}
