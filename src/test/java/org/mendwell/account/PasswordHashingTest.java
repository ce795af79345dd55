package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** How passwords are stored: Argon2id, and older bcrypt hashes move to it at the next sign-in. */
// A real server it does not use, so that it shares SignInTimingTest's application (same cost, same settings).
@MendwellWebTest
// The cost itself is what this class checks.
@TestPropertySource(properties = "mendwell.test.password-hashing=production")
@ChangesDemoPractice
class PasswordHashingTest {

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void new_hashes_are_argon2id_with_owasps_recommended_cost() {
        String hash = passwordEncoder.encode("a long and quiet river");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwordEncoder.matches("a long and quiet river", hash)).isTrue();
        assertThat(passwordEncoder.matches("a long and quiet rivers", hash)).isFalse();
    }

    @Test
    void every_character_of_a_long_password_counts() {
        String base = "x".repeat(100);
        String hash = passwordEncoder.encode(base + "a");

        assertThat(passwordEncoder.matches(base + "a", hash)).isTrue();
        assertThat(passwordEncoder.matches(base + "b", hash))
                .as("bcrypt would ignore everything after 72 bytes")
                .isFalse();
    }

    @Test
    void an_old_bcrypt_hash_still_signs_in_and_is_replaced_by_argon2id() throws Exception {
        transaction.executeWithoutResult(status -> accounts.findByEmail(Demo.CLINICIAN_2)
                .orElseThrow()
                .setPasswordHash("{bcrypt}" + new BCryptPasswordEncoder().encode(Demo.PASSWORD)));

        var signedIn = authentication
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(Demo.CLINICIAN_2, Demo.PASSWORD));

        assertThat(signedIn.isAuthenticated()).isTrue();
        String stored = accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{argon2}");
        assertThat(passwordEncoder.matches(Demo.PASSWORD, stored)).isTrue();
    }
}
