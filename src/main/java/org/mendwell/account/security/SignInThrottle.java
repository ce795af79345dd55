package org.mendwell.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Tokens;
import org.mendwell.account.domain.Account;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down, then pauses, sign-in after repeated failures: per e-mail address, whether or not it has
 * an account (so a pause tells nothing about who is registered), and per network address (so one
 * machine cannot try many accounts). Counts live in the database, so they hold across restarts and
 * instances. A wrong one-time code counts like a wrong password.
 *
 * <p>A check is {@linkplain #reserve reserved} before the slow password hash runs: the rows are
 * locked, the decision is taken counting the checks already running as if they were failures, and
 * this check joins them, all in one short transaction. So many parallel guesses get no more checks
 * than the same guesses one after another would.
 *
 * <p>A browser with a valid {@linkplain DeviceCookies device cookie} for the account (it signed in
 * there before) is counted by its cookie instead of the e-mail address, with the same limits: so
 * strangers who pause an e-mail address do not pause its owner's own browsers, and wrong guesses in
 * such a browser lock out its cookie, not the account. A cookie that is paused counts as none, and its
 * browser is then counted by the e-mail address like any other.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class SignInThrottle {

    /** A person who mistypes a few times is never held up; a guesser gets ten tries, then a pause. */
    static final Rule PER_EMAIL = new Rule(3, 10, Duration.ofSeconds(5), Duration.ofMinutes(15));
    /** A browser that signed in to the account before: the same limits, counted per device cookie. */
    static final Rule PER_DEVICE = PER_EMAIL;
    /** A practice's office may share one address, so that limit is higher. */
    static final Rule PER_ADDRESS = new Rule(10, 30, Duration.ofSeconds(5), Duration.ofMinutes(15));
    /**
     * The same address's count, as a browser with a valid device cookie for the account sees it: ten times
     * higher, so a stranger on the owner's network (a shared office, a café, a carrier's NAT) who pauses the
     * address does not pause her own browser; the cookie's own count still limits that browser. Once the
     * address is paused, strangers' attempts are refused unchecked and no longer counted, so its count grows
     * by about four an hour at most: far from this limit (decision record 2026-12-04-sign-in-lockout.md).
     */
    static final Rule PER_ADDRESS_FOR_A_TRUSTED_BROWSER =
            new Rule(100, 300, Duration.ofSeconds(5), Duration.ofMinutes(15));
    /** Failures further apart than this start the count again. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** A check takes well under a second; a reservation older than this was left by a crash and counts no more. */
    static final Duration RESERVATION_LAPSES = Duration.ofMinutes(1);

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

    /** One key's row as the throttle reads it. */
    private record Counts(
            int failures,
            Instant lastFailure,
            int inFlight,
            @Nullable Instant reservedAt) {

        int failuresAt(Instant now) {
            return lastFailure.plus(FORGET_AFTER).isBefore(now) ? 0 : failures;
        }

        int inFlightAt(Instant now) {
            return reservedAt == null || reservedAt.plus(RESERVATION_LAPSES).isBefore(now) ? 0 : inFlight;
        }

        boolean mustWait(Rule rule, Instant now) {
            int failed = failuresAt(now);
            if (now.isBefore(lastFailure.plus(rule.waitAfter(failed)))) {
                return true;
            }
            // Were the checks still running all wrong, this one would have to wait: so it waits now.
            int running = inFlightAt(now);
            return running > 0 && rule.waitAfter(failed + running).isPositive();
        }

        /** Paused (not merely waiting a few seconds) after too many failures. */
        boolean paused(Rule rule, Instant now) {
            return failuresAt(now) >= rule.pauseAfter() && now.isBefore(lastFailure.plus(rule.pause()));
        }
    }

    /**
     * A check the throttle let through. Settle it with one outcome; closing an unsettled attempt
     * (an unexpected error) releases it without counting anything.
     */
    public final class Attempt implements AutoCloseable {

        /** The e-mail's key, or the device cookie's when the browser was trusted. */
        private final String personKey;

        private final String addressKey;
        private boolean settled;

        private Attempt(String personKey, String addressKey) {
            this.personKey = personKey;
            this.addressKey = addressKey;
        }

        /** A wrong password or code: counted against the e-mail (or the device cookie) and the address. */
        public void failed() {
            settle(() -> {
                count(personKey, true);
                count(addressKey, true);
            });
        }

        /**
         * A complete sign-in: the e-mail's (or the device cookie's) count is cleared; the address's count
         * only fades with time. A sign-in in a trusted browser leaves the strangers' count on the e-mail.
         */
        public void succeeded() {
            settle(() -> {
                jdbc.update("delete from sign_in_throttle where throttle_key = ?", personKey);
                release(addressKey);
            });
        }

        /** Right, but not a sign-in (a code is still due, or a re-authentication): nothing counted, nothing cleared. */
        public void passed() {
            settle(() -> {
                release(personKey);
                release(addressKey);
            });
        }

        @Override
        public void close() {
            if (!settled) {
                passed();
            }
        }

        private void settle(Runnable outcome) {
            if (settled) {
                throw new IllegalStateException("This sign-in attempt was already settled");
            }
            settled = true;
            inNewTransaction.executeWithoutResult(status -> outcome.run());
        }
    }

    private static final String SELECT_COUNTS =
            "select failures, last_failure_at, in_flight, reserved_at from sign_in_throttle where throttle_key = ?";
    private static final RowMapper<Counts> COUNTS = (rs, n) -> new Counts(
            rs.getInt("failures"),
            utc(rs.getObject("last_failure_at", LocalDateTime.class)),
            rs.getInt("in_flight"),
            Optional.ofNullable(rs.getObject("reserved_at", LocalDateTime.class))
                    .map(SignInThrottle::utc)
                    .orElse(null));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate inNewTransaction;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Lets one password or code check through, or none while the e-mail or the address must wait
     * (then the password is not even checked). The caller settles the returned attempt.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Attempt> reserve(String email, String address) {
        return reserve(email, null, address);
    }

    /**
     * As {@link #reserve(String, String)}, for a browser that may carry a valid device cookie for the
     * account: its nonce, or null. Such a browser waits for its cookie's count instead of the e-mail's.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Attempt> reserve(String email, @Nullable String trustedDevice, String address) {
        String emailKey = emailKey(email);
        @Nullable String deviceKey = trustedDevice == null ? null : deviceKey(trustedDevice);
        String addressKey = addressKey(address);
        for (int tries = 1; ; tries++) {
            try {
                if (deviceKey != null) {
                    ensureRow(deviceKey);
                }
                ensureRow(emailKey);
                ensureRow(addressKey);
                Optional<String> letThrough =
                        inNewTransaction.execute(status -> reserveAll(deviceKey, emailKey, addressKey));
                if (letThrough != null && letThrough.isPresent()) {
                    return letThrough.get().isEmpty()
                            ? Optional.empty()
                            : Optional.of(new Attempt(letThrough.get(), addressKey));
                }
                // A row vanished between creating and locking it (a success cleared it): start again.
            } catch (TransientDataAccessException | DuplicateKeyException contended) {
                if (tries >= 5) {
                    throw contended;
                }
            }
        }
    }

    /**
     * Locks the device cookie's row (if any), then the e-mail's, then the address's, always in that
     * order, so two checks never wait on each other in a circle. Answers the key the check is counted
     * against, an empty string when it must wait, or nothing when a row vanished.
     */
    private Optional<String> reserveAll(@Nullable String deviceKey, String emailKey, String addressKey) {
        Instant now = clock.instant();
        Optional<Counts> byDevice = deviceKey == null ? Optional.empty() : locked(deviceKey);
        if (deviceKey != null && byDevice.isEmpty()) {
            return Optional.empty();
        }
        boolean trusted =
                byDevice.filter(device -> !device.paused(PER_DEVICE, now)).isPresent();
        String personKey;
        Optional<Counts> byPerson;
        if (trusted) {
            personKey = deviceKey;
            byPerson = byDevice;
            // Created in case the browser was not trusted; nothing to keep when it is empty.
            jdbc.update(
                    "delete from sign_in_throttle where throttle_key = ? and failures = 0 and in_flight = 0", emailKey);
        } else {
            personKey = emailKey;
            byPerson = locked(emailKey);
        }
        Optional<Counts> byAddress = locked(addressKey);
        if (byPerson.isEmpty() || byAddress.isEmpty()) {
            return Optional.empty();
        }
        if (byPerson.get().mustWait(trusted ? PER_DEVICE : PER_EMAIL, now)
                || byAddress.get().mustWait(trusted ? PER_ADDRESS_FOR_A_TRUSTED_BROWSER : PER_ADDRESS, now)) {
            return Optional.of("");
        }
        joinRunning(personKey, byPerson.get(), now);
        joinRunning(addressKey, byAddress.get(), now);
        return Optional.of(personKey);
    }

    private Optional<Counts> locked(String key) {
        return jdbc.query(SELECT_COUNTS + " for update", COUNTS, key).stream().findFirst();
    }

    private void joinRunning(String key, Counts counts, Instant now) {
        jdbc.update(
                "update sign_in_throttle set in_flight = ?, reserved_at = ? where throttle_key = ?",
                counts.inFlightAt(now) + 1,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                key);
    }

    /** In a transaction of its own, so that locking the row afterwards never meets a half-inserted one. */
    private void ensureRow(String key) {
        inNewTransaction.executeWithoutResult(status -> {
            Integer rows = jdbc.queryForObject(
                    "select count(*) from sign_in_throttle where throttle_key = ?", Integer.class, key);
            if (rows != null && rows == 0) {
                try {
                    jdbc.update("""
                            insert into sign_in_throttle (throttle_key, failures, last_failure_at, in_flight)
                            values (?, 0, ?, 0)""", key, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                } catch (DuplicateKeyException raced) {
                    // A parallel check created it first, which is all this wanted.
                }
            }
        });
    }

    private void release(String key) {
        jdbc.update("update sign_in_throttle set in_flight = greatest(in_flight - 1, 0) where throttle_key = ?", key);
        // A row with nothing counted and nothing running is only clutter.
        jdbc.update("delete from sign_in_throttle where throttle_key = ? and failures = 0 and in_flight = 0", key);
    }

    /** Whether an attempt for this e-mail, or from this address, must wait now (for tests and a quick look). */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean mustWait(String email, String address) {
        Instant now = clock.instant();
        return counts(emailKey(email)).filter(c -> c.mustWait(PER_EMAIL, now)).isPresent()
                || counts(addressKey(address))
                        .filter(c -> c.mustWait(PER_ADDRESS, now))
                        .isPresent();
    }

    /**
     * Forgets the e-mail's failures, in the caller's transaction: its owner proved who they are some
     * other way (a completed password reset), so strangers' guesses no longer pause it.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void forgetFailures(String email) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", emailKey(email));
    }

    /** Counts a failure that was not reserved first (a test setting the scene). */
    public void recordFailure(String email, String address) {
        count(emailKey(email), false);
        count(addressKey(address), false);
    }

    private Optional<Counts> counts(String key) {
        return jdbc.query(SELECT_COUNTS, COUNTS, key).stream().findFirst();
    }

    private void count(String key, boolean wasReserved) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDateTime forgotten = now.minus(FORGET_AFTER);
        int running = wasReserved ? 1 : 0;
        int updated = jdbc.update("""
                update sign_in_throttle
                   set failures = case when last_failure_at < ? then 1 else failures + 1 end, last_failure_at = ?,
                       in_flight = greatest(in_flight - ?, 0)
                 where throttle_key = ?""", forgotten, now, running, key);
        if (updated == 0) {
            try {
                jdbc.update("""
                        insert into sign_in_throttle (throttle_key, failures, last_failure_at, in_flight)
                        values (?, 1, ?, 0)""", key, now);
            } catch (DuplicateKeyException raced) {
                // A parallel failure inserted the row first: count this one on top of it.
                jdbc.update(
                        "update sign_in_throttle set failures = failures + 1, last_failure_at = ? where throttle_key = ?",
                        now,
                        key);
            }
        }
    }

    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    private static String emailKey(String email) {
        return Tokens.sha256("email:" + Account.normaliseEmail(email));
    }

    private static String deviceKey(String nonce) {
        return Tokens.sha256("device:" + nonce);
    }

    private static String addressKey(String address) {
        return Tokens.sha256("address:" + address);
    }
}
