package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.PracticeSecurity;
import org.mendwell.account.Role;
import org.mendwell.account.Tokens;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Many wrong guesses fired at once must get no more password checks than the same guesses one after
 * another: the throttle reserves each check before the slow hash. The password encoder is wrapped
 * to count how many guesses were really checked.
 */
abstract class ParallelGuessesScenario {

    private static final String PASSWORD = "a heron over the reed beds";
    private static final int GUESSES = 24;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PracticeSecurity practiceSecurity;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeviceCookies deviceCookies;

    /** The application's encoder, counting the passwords it was asked to check. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();
        private final PasswordEncoder real;

        CountingEncoder(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return real.upgradeEncoding(encoded);
        }
    }

    private CountingEncoder counting;
    private PasswordSignIn passwordSignIn;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void countingSignIn() {
        clock.set(Instant.now());
        counting = new CountingEncoder(passwordEncoder);
        passwordSignIn =
                new PasswordSignIn(users, counting, throttle, accounts, practiceSecurity, clock, deviceCookies);
    }

    @Test
    void parallel_wrong_passwords_for_one_account_get_only_the_free_tries_checked() throws Exception {
        String email = newClient();

        List<Throwable> refusals =
                allAtOnce(GUESSES, i -> attempt(email, "a wrong guess " + i, "race-" + run + "-" + i));

        assertThat(refusals)
                .hasSize(GUESSES)
                .allSatisfy(r -> assertThat(r).isInstanceOf(BadCredentialsException.class));
        assertThat(counting.checks.get())
                .as("guesses checked against the password")
                .isBetween(1, SignInThrottle.PER_EMAIL.freeFailures());
        assertThat(running("email:" + email)).as("every reservation settled").isZero();

        Throwable rightPassword = catchThrowable(() -> attempt(email, PASSWORD, "race-" + run + "-late"));
        Throwable unknownAccount = pausedUnknownAccount();
        assertThat(rightPassword)
                .as("the right password while paused")
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(unknownAccount.getMessage());
        assertThat(counting.checks.get())
                .as("the right password was not even checked")
                .isLessThanOrEqualTo(SignInThrottle.PER_EMAIL.freeFailures());
    }

    @Test
    void parallel_guesses_at_many_accounts_from_one_address_get_only_its_free_tries_checked() throws Exception {
        String address = "race-" + run;

        List<Throwable> refusals = allAtOnce(
                GUESSES * 2, i -> attempt("guess-" + run + "-" + i + "@example.org", "a wrong guess", address));

        assertThat(refusals)
                .hasSize(GUESSES * 2)
                .allSatisfy(r -> assertThat(r).isInstanceOf(BadCredentialsException.class));
        assertThat(counting.checks.get())
                .as("guesses checked from the one address")
                .isBetween(1, SignInThrottle.PER_ADDRESS.freeFailures());
        assertThat(running("address:" + address))
                .as("every reservation settled")
                .isZero();
    }

    private Throwable pausedUnknownAccount() {
        String nobody = "nobody-" + run + "@example.org";
        for (int i = 0; i < SignInThrottle.PER_EMAIL.pauseAfter(); i++) {
            throttle.recordFailure(nobody, "elsewhere-" + run);
        }
        return catchThrowable(() -> attempt(nobody, PASSWORD, "race-" + run + "-other"));
    }

    private String newClient() {
        String email = "race-" + run + "@example.org";
        var account = new Account(email, "Race Client", Role.CLIENT, clock.instant());
        account.setPasswordHash(passwordEncoder.encode(PASSWORD));
        accounts.saveAndFlush(account);
        return email;
    }

    private void attempt(String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        passwordSignIn.authenticate(token);
    }

    private int running(String keyText) {
        Integer sum = jdbc.queryForObject(
                "select coalesce(sum(in_flight), 0) from sign_in_throttle where throttle_key = ?",
                Integer.class,
                Tokens.sha256(keyText));
        return sum == null ? 0 : sum;
    }

    private interface Guess {
        void run(int i);
    }

    /** Starts every guess together and returns what each threw (a guess that signed in would fail the test). */
    private static List<Throwable> allAtOnce(int count, Guess guess) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            var ready = new CountDownLatch(count);
            var go = new CountDownLatch(1);
            List<Future<Throwable>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return catchThrowable(() -> guess.run(n));
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Throwable> thrown = new ArrayList<>();
            for (Future<Throwable> result : results) {
                Throwable t = result.get(60, TimeUnit.SECONDS);
                if (t != null) {
                    thrown.add(t);
                }
            }
            return thrown;
        } finally {
            pool.shutdownNow();
        }
    }
}
