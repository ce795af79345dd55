package org.mendwell.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.mendwell.account.Tokens;
import org.mendwell.account.domain.Account;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down, then pauses, sign-in after repeated failures: per e-mail address, whether or not it has
 * an account (so a pause tells nothing about who is registered), and per network address (so one
 * machine cannot try many accounts). Counts live in the database, so they hold across restarts and
 * instances. A wrong one-time code counts like a wrong password.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class SignInThrottle {

    /** A person who mistypes a few times is never held up; a guesser gets ten tries, then a pause. */
    static final Rule PER_EMAIL = new Rule(3, 10, Duration.ofSeconds(5), Duration.ofMinutes(15));
    /** A practice's office may share one address, so that limit is higher. */
    static final Rule PER_ADDRESS = new Rule(10, 30, Duration.ofSeconds(5), Duration.ofMinutes(15));
    /** Failures further apart than this start the count again. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /**
     * After {@code freeFailures} failures each attempt must wait, starting at {@code firstWait} and
     * doubling; from {@code pauseAfter} failures, the wait is {@code pause}.
     */
    record Rule(int freeFailures, int pauseAfter, Duration firstWait, Duration pause) {

        Duration waitAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            if (failures >= pauseAfter) {
                return pause;
            }
            Duration wait = firstWait.multipliedBy(1L << Math.min(failures - freeFailures, 20));
            return wait.compareTo(pause) > 0 ? pause : wait;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether an attempt for this e-mail, or from this address, must wait; then the password is not even checked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean mustWait(String email, String address) {
        Instant now = clock.instant();
        return waitingUntil(emailKey(email), PER_EMAIL).filter(now::isBefore).isPresent()
                || waitingUntil(addressKey(address), PER_ADDRESS).filter(now::isBefore).isPresent();
    }

    public void recordFailure(String email, String address) {
        count(emailKey(email));
        count(addressKey(address));
    }

    /** A successful sign-in clears the e-mail's count; the address's count only fades with time. */
    public void recordSuccess(String email) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", emailKey(email));
    }

    private Optional<Instant> waitingUntil(String key, Rule rule) {
        List<Optional<Instant>> rows = jdbc.query(
                "select failures, last_failure_at from sign_in_throttle where throttle_key = ?",
                (rs, n) -> {
                    Instant last = rs.getObject("last_failure_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    if (last.plus(FORGET_AFTER).isBefore(clock.instant())) {
                        return Optional.<Instant>empty();
                    }
                    return Optional.of(last.plus(rule.waitAfter(rs.getInt("failures"))));
                }, key);
        return rows.stream().flatMap(Optional::stream).findFirst();
    }

    private void count(String key) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDateTime forgotten = now.minus(FORGET_AFTER);
        int updated = jdbc.update("""
                update sign_in_throttle
                   set failures = case when last_failure_at < ? then 1 else failures + 1 end, last_failure_at = ?
                 where throttle_key = ?""", forgotten, now, key);
        if (updated == 0) {
            try {
                jdbc.update("insert into sign_in_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)",
                        key, now);
            } catch (DuplicateKeyException raced) {
                // A parallel failure inserted the row first: count this one on top of it.
                jdbc.update("update sign_in_throttle set failures = failures + 1, last_failure_at = ? where throttle_key = ?",
                        now, key);
            }
        }
    }

    private static String emailKey(String email) {
        return Tokens.sha256("email:" + Account.normaliseEmail(email));
    }

    private static String addressKey(String address) {
        return Tokens.sha256("address:" + address);
    }
}
