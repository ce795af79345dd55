package org.mendwell.reminders.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of reminders sent, and the guard against sending one twice. An e-mail is claimed (a row
 * inserted and committed in its own transaction) before it is sent; the primary key (kind, recipient,
 * local day) lets only one claim succeed, whichever job instance or thread asks. A failed send gives
 * its claim back so that the next run may try again; a crash between claim and send loses that day's
 * e-mail rather than risk a second one.
 *
 * <p>Plain JDBC rather than JPA: the insert must fail on a duplicate, never turn into an update, and
 * times are written as UTC so that both databases read them back alike.
 */
@Component
public class SentLedger {

    private static final Logger log = LoggerFactory.getLogger(SentLedger.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    SentLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One claimed e-mail: to whom, for which local day. */
    public record Claim(UUID recipient, LocalDate day) {}

    /** The claims of one kind for the given day or later, to skip recipients already done without asking each. */
    public Set<Claim> claimedSince(ReminderKind kind, LocalDate day) {
        var claims = new HashSet<Claim>();
        jdbc.query(
                "select recipient_id, local_day from reminder_sent where kind = ? and local_day >= ?",
                row -> {
                    claims.add(new Claim(UUID.fromString(row.getString(1)), row.getObject(2, LocalDate.class)));
                },
                kind.name(),
                day);
        return claims;
    }

    /**
     * Claims the e-mail of this kind to this recipient for this local day. True only when this caller's
     * claim was committed; then, and only then, may it send.
     */
    public boolean claim(ReminderKind kind, UUID recipient, LocalDate day, Instant at, @Nullable Instant countedUntil) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    """
                    insert into reminder_sent (kind, recipient_id, local_day, claimed_at, counted_until)
                    values (?, ?, ?, ?, ?)
                    """,
                    kind.name(),
                    recipient.toString(),
                    day,
                    utc(at),
                    countedUntil == null ? null : utc(countedUntil)));
            return true;
        } catch (DataIntegrityViolationException alreadyClaimed) {
            return false;
        } catch (DataAccessException e) {
            // Lock timeouts and the like under contention: not knowing is a reason not to send.
            log.warn("A reminder could not be claimed: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    public void markSent(ReminderKind kind, UUID recipient, LocalDate day, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update reminder_sent set sent_at = ? where kind = ? and recipient_id = ? and local_day = ?",
                utc(at),
                kind.name(),
                recipient.toString(),
                day));
    }

    /** Gives a claim back after a failed send, so that a later run may try again. */
    public void release(ReminderKind kind, UUID recipient, LocalDate day) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "delete from reminder_sent where kind = ? and recipient_id = ? and local_day = ? and sent_at is null",
                kind.name(),
                recipient.toString(),
                day));
    }

    /** Up to when the last digest sent to this clinician counted submissions. */
    public Optional<Instant> lastDigestCountedUntil(UUID clinician) {
        LocalDateTime until = jdbc.queryForObject(
                """
                select max(counted_until) from reminder_sent
                where kind = ? and recipient_id = ? and sent_at is not null
                """, LocalDateTime.class, ReminderKind.CLINICIAN_DIGEST.name(), clinician.toString());
        return Optional.ofNullable(until).map(time -> time.toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
