package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password reset by e-mailed link, against a real SMTP server. Passwords change here, so the demo practice is restored afterwards. */
@MendwellTest
@ChangesDemoPractice
@WithTestMailServer
class PasswordResetServiceTest {

    static final String NEW_PASSWORD = "a heron over the reed beds";

    @Autowired
    TestMailServer mail;

    @Autowired
    PasswordResetService resets;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    ThreadPoolTaskExecutor mailExecutor;

    @BeforeEach
    void now() {
        clock.set(Instant.now());
    }

    private String requestAndReadToken(String email) {
        resets.requestReset(email);
        List<String> bodies = mail.bodiesTo(email, 1);
        assertThat(bodies).hasSize(1);
        return TestMailServer.tokenAfter("reset-password/", bodies.getFirst());
    }

    private String passwordHashOf(String email) {
        return accounts.findByEmail(email).orElseThrow().getPasswordHash();
    }

    @Test
    void a_mailed_link_sets_a_new_password_once_and_only_its_hash_is_stored() {
        String token = requestAndReadToken(Demo.CLIENT_2);

        assertThat(jdbc.queryForList(
                        "select p.token_hash from password_reset p join account a on a.id = p.account_id "
                                + "where a.email = ?",
                        String.class,
                        Demo.CLIENT_2))
                .containsExactly(Tokens.sha256(token));
        assertThat(jdbc.queryForObject(
                        "select count(*) from password_reset where token_hash like ?", Long.class, "%" + token + "%"))
                .as("the token itself is stored nowhere")
                .isZero();
        assertThat(resets.open(token)).contains(Demo.CLIENT_2);

        resets.reset(token, NEW_PASSWORD);

        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHashOf(Demo.CLIENT_2)))
                .isTrue();
        assertThat(mail.bodiesTo(Demo.CLIENT_2, 2))
                .as("the link, then a notice that the password changed")
                .hasSize(2)
                .last()
                .asString()
                .contains("Your password was reset")
                .doesNotContain(token);
        assertThat(resets.open(token)).as("a link works once").isEmpty();
        assertThatThrownBy(() -> resets.reset(token, "another heron over the reeds"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("token"));
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHashOf(Demo.CLIENT_2)))
                .isTrue();
    }

    @Test
    void an_unknown_address_gets_no_mail_and_the_same_silent_answer() {
        resets.requestReset("nobody.at.all@example.org");
        resets.requestReset(Demo.TOBIAS); // invited, no password yet: the invitation is their way in

        // Once everything queued has been sent, none to either (by address, since the mail server serves the
        // whole run and another test's message may still be arriving).
        assertThat(mail.bodiesToOnceSent("nobody.at.all@example.org", mailExecutor))
                .isEmpty();
        assertThat(mail.bodiesToOnceSent(Demo.TOBIAS, mailExecutor)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from password_reset p join account a on a.id = p.account_id "
                                + "where a.email in (?, ?)",
                        Long.class,
                        "nobody.at.all@example.org",
                        Demo.TOBIAS))
                .isZero();
    }

    @Test
    void a_link_works_for_thirty_minutes_and_not_a_moment_longer() {
        String token = requestAndReadToken(Demo.SAMUEL);

        clock.set(clock.instant().plus(Duration.ofMinutes(29)));
        assertThat(resets.open(token)).isPresent();
        clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(resets.open(token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_newer_link_makes_the_older_one_useless_and_links_are_not_sent_more_than_once_a_minute() {
        String first = requestAndReadToken(Demo.OSKAR);
        int mailsSoFar = mail.bodiesTo(Demo.OSKAR, 1).size();
        resets.requestReset(Demo.OSKAR);
        assertThat(mail.bodiesToOnceSent(Demo.OSKAR, mailExecutor))
                .as("a second request within a minute")
                .hasSize(mailsSoFar);

        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        resets.requestReset(Demo.OSKAR);
        List<String> bodies = mail.bodiesTo(Demo.OSKAR, mailsSoFar + 1);
        assertThat(bodies).hasSize(mailsSoFar + 1);
        String second = TestMailServer.tokenAfter("reset-password/", bodies.getLast());

        assertThat(resets.open(first)).isEmpty();
        assertThat(resets.open(second)).contains(Demo.OSKAR);
    }

    @Test
    void a_weak_password_is_refused_and_the_link_stays_usable() {
        String token = requestAndReadToken(Demo.HANA);
        String before = passwordHashOf(Demo.HANA);

        assertThatThrownBy(() -> resets.reset(token, "password1234"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("password"));

        assertThat(passwordHashOf(Demo.HANA)).isEqualTo(before);
        assertThat(resets.open(token)).isPresent();
    }

    @Test
    void a_reset_ends_every_session_of_the_account() {
        int epochBefore = accounts.findByEmail(Demo.JONAS).orElseThrow().getSessionEpoch();
        String token = requestAndReadToken(Demo.JONAS);

        resets.reset(token, NEW_PASSWORD);

        assertThat(accounts.findByEmail(Demo.JONAS).orElseThrow().getSessionEpoch())
                .isGreaterThan(epochBefore);
    }

    @Test
    void a_client_who_chose_spanish_gets_the_link_and_the_notice_of_the_reset_in_spanish() {
        jdbc.update("update account set language = 'es' where email = ?", Demo.ELENA);
        try {
            String token = requestAndReadToken(Demo.ELENA);
            assertThat(mail.bodiesTo(Demo.ELENA, 1).getFirst())
                    .startsWith("Hola, Elena Sorvino:")
                    .contains("Alguien, probablemente usted", "durante 30 minutos", "reset-password/" + token);

            resets.reset(token, NEW_PASSWORD);

            assertThat(mail.bodiesTo(Demo.ELENA, 2).getLast())
                    .contains("Su contraseña se restableció con un enlace enviado a esta dirección")
                    .doesNotContain("Your password");
        } finally {
            jdbc.update("update account set language = null where email = ?", Demo.ELENA);
        }
    }
}
