package org.mendwell.support;

import java.time.Clock;
import java.time.Instant;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.account.security.SecondFactor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-in state for tests: the throttle's counts, and authenticator apps set up as the account page would. */
@Component
public class SignInFixtures {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AccountRepository accounts;
    private final SecondFactor secondFactor;
    private final TransactionTemplate transaction;

    SignInFixtures(
            JdbcTemplate jdbc,
            Clock clock,
            AccountRepository accounts,
            SecondFactor secondFactor,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.transaction = transaction;
    }

    /** No failures counted anywhere, and a test clock (if the test has one) at the real time. */
    public void freshStart() {
        jdbc.update("delete from sign_in_throttle");
        if (clock instanceof MutableClock mutable) {
            mutable.set(Instant.now());
        }
    }

    /** Sets up an authenticator app for the account; returns the phone. Its current code is spent. */
    public Authenticator enrol(String email) {
        return transaction.execute(status -> {
            var account = accounts.findByEmail(email).orElseThrow();
            secondFactor.startEnrolment(account);
            var phone = new Authenticator(secondFactor.pendingSecret(account).orElseThrow(), clock);
            if (secondFactor.confirmEnrolment(account, phone.code()).isEmpty()) {
                throw new IllegalStateException("The app's own code was refused");
            }
            return phone;
        });
    }
}
