package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mendwell.account.Role;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.account.domain.RecoveryCodeRepository;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two sessions type the same recovery code at the same moment. The encoder holds each of them right
 * after its code matched until both have matched, so both have read the code as unused before
 * either uses it up: exactly the interleaving that let both in when the code was marked used in memory.
 */
abstract class RecoveryCodeRaceScenario {

    @Autowired
    SecretCipher cipher;

    @Autowired
    RecoveryCodeRepository recoveryCodes;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SignInFixtures fixtures;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    TransactionTemplate transaction;

    /** The application's encoder, holding every successful match at a barrier for two. */
    static final class MeetingEncoder implements PasswordEncoder {
        private final PasswordEncoder real;
        private final CyclicBarrier bothMatched = new CyclicBarrier(2);

        MeetingEncoder(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            boolean matched = real.matches(raw, encoded);
            if (matched) {
                try {
                    bothMatched.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("The other session never matched the code", e);
                }
            }
            return matched;
        }
    }

    @Test
    void one_recovery_code_typed_in_two_sessions_at_once_lets_only_one_in() throws Exception {
        clock.set(Instant.now());
        String email = "recovery-race-" + UUID.randomUUID() + "@example.org";
        var account = new Account(email, "Recovery Race", Role.CLIENT, clock.instant());
        account.setPasswordHash(passwordEncoder.encode("a heron over the reed beds"));
        accounts.saveAndFlush(account);
        fixtures.enrol(email);
        String code = transaction
                .execute(s -> secondFactor.newRecoveryCodes(
                        accounts.findByEmail(email).orElseThrow()))
                .get(4);
        var racing = new SecondFactor(cipher, recoveryCodes, new MeetingEncoder(passwordEncoder), clock);

        ExecutorService sessions = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> verdicts = List.of(
                    sessions.submit(() -> useInOwnTransaction(racing, email, code)),
                    sessions.submit(() -> useInOwnTransaction(racing, email, code)));
            List<Boolean> letIn = List.of(
                    verdicts.get(0).get(60, TimeUnit.SECONDS), verdicts.get(1).get(60, TimeUnit.SECONDS));

            assertThat(letIn).as("sessions the code let in").containsExactlyInAnyOrder(true, false);
        } finally {
            sessions.shutdownNow();
        }
        Integer left = transaction.execute(
                s -> secondFactor.recoveryCodesLeft(accounts.findByEmail(email).orElseThrow()));
        assertThat(left).as("recovery codes left").isEqualTo(SecondFactor.RECOVERY_CODES - 1);
    }

    private Boolean useInOwnTransaction(SecondFactor racing, String email, String code) {
        return transaction.execute(
                s -> racing.verify(accounts.findByEmail(email).orElseThrow(), code));
    }
}
