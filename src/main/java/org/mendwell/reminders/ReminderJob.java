package org.mendwell.reminders;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.CliniciansForReminders;
import org.mendwell.account.DigestRecipient;
import org.mendwell.client.ClientsForReminders;
import org.mendwell.client.ReminderRecipient;
import org.mendwell.homework.DueExercise;
import org.mendwell.homework.HomeworkForReminders;
import org.mendwell.homework.NewSubmissions;
import org.mendwell.intake.ClientZonesForReminders;
import org.mendwell.reminders.domain.ReminderKind;
import org.mendwell.reminders.domain.SentLedger;
import org.mendwell.reminders.domain.SentLedger.Claim;
import org.mendwell.shared.PracticeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One pass of the reminders: called every hour by the scheduler, and safe to call at any time and as
 * often as you like. Each client whose own local time has passed {@code mendwell.reminders.send-from}
 * (08:00 unless set) and who has something due today or overdue gets one e-mail that local day; each
 * clinician with new submissions gets one digest a day, in the practice's time zone (clinicians give
 * no zone of their own). Nothing is sent twice on the same local day, whatever runs overlap.
 *
 * <p>It runs with nobody signed in and reads only through the narrow "for reminders" components of
 * the features that own the data. It logs counts, never a person or an exercise.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    /** Clients are read in slices so that the time-zone query's IN list stays short. */
    private static final int SLICE = 500;
    /** A clinician's first digest counts the day before it. */
    private static final Duration FIRST_DIGEST_COVERS = Duration.ofDays(1);

    private final ClientsForReminders clients;
    private final ClientZonesForReminders zones;
    private final HomeworkForReminders homework;
    private final CliniciansForReminders clinicians;
    private final SentLedger ledger;
    private final ReminderMails mails;
    private final Clock clock;
    private final ZoneId practiceZone;
    private final LocalTime sendFrom;
    private final Counter remindersSent;
    private final Counter digestsSent;
    private final Counter sendsFailed;
    private volatile boolean stopping;

    ReminderJob(
            ClientsForReminders clients,
            ClientZonesForReminders zones,
            HomeworkForReminders homework,
            CliniciansForReminders clinicians,
            SentLedger ledger,
            ReminderMails mails,
            Clock clock,
            MeterRegistry metrics,
            PracticeSettings practice,
            ReminderSettings settings) {
        this.clients = clients;
        this.zones = zones;
        this.homework = homework;
        this.clinicians = clinicians;
        this.ledger = ledger;
        this.mails = mails;
        this.clock = clock;
        this.practiceZone = practice.practiceTimeZone();
        this.sendFrom = settings.sendFrom();
        // Counts only, for the metrics (mendwell_reminders_sent_total, ..._failed_total): never a recipient.
        this.remindersSent = Counter.builder("mendwell.reminders.sent")
                .tag("kind", "client_reminder")
                .description("Reminder e-mails sent by this instance")
                .register(metrics);
        this.digestsSent = Counter.builder("mendwell.reminders.sent")
                .tag("kind", "clinician_digest")
                .description("Reminder e-mails sent by this instance")
                .register(metrics);
        this.sendsFailed = Counter.builder("mendwell.reminders.failed")
                .description("Reminder e-mails that failed and wait for the next run")
                .register(metrics);
    }

    public ReminderRun runOnce() {
        if (!mails.canSend()) {
            log.debug("Reminders skipped: no mail server configured");
            return ReminderRun.NOTHING;
        }
        Instant now = clock.instant();
        var tally = new Tally();
        remindClients(now, tally);
        sendDigests(now, tally);
        var run = new ReminderRun(tally.reminders, tally.digests, tally.failed);
        remindersSent.increment(run.reminders());
        digestsSent.increment(run.digests());
        sendsFailed.increment(run.failed());
        if (!run.equals(ReminderRun.NOTHING)) {
            log.info(
                    "Reminders sent: {} to clients, {} digests to clinicians, {} failed",
                    run.reminders(),
                    run.digests(),
                    run.failed());
        }
        return run;
    }

    private void remindClients(Instant now, Tally tally) {
        // The earliest local date anywhere on Earth right now: claims from before it cannot matter.
        Set<Claim> done = ledger.claimedSince(
                ReminderKind.CLIENT_REMINDER,
                now.atZone(ZoneId.of("Etc/GMT+12")).toLocalDate());
        List<ReminderRecipient> recipients = clients.activeWithRemindersOn();
        for (int from = 0; from < recipients.size(); from += SLICE) {
            List<ReminderRecipient> slice = recipients.subList(from, Math.min(from + SLICE, recipients.size()));
            Map<UUID, ZoneId> zoneOf = zones.submittedZonesOf(
                    slice.stream().map(ReminderRecipient::clientId).toList());
            for (ReminderRecipient client : slice) {
                if (stopping) {
                    return;
                }
                ZonedDateTime local = now.atZone(zoneOf.getOrDefault(client.clientId(), practiceZone));
                LocalDate today = local.toLocalDate();
                if (local.toLocalTime().isBefore(sendFrom) || done.contains(new Claim(client.clientId(), today))) {
                    continue;
                }
                List<DueExercise> due = homework.openDueBy(client.clientId(), today);
                if (!due.isEmpty()) {
                    switch (deliver(
                            ReminderKind.CLIENT_REMINDER,
                            client.clientId(),
                            today,
                            now,
                            null,
                            () -> mails.sendReminder(client, today, due))) {
                        case SENT -> tally.reminders++;
                        case FAILED -> tally.failed++;
                        case TAKEN -> {}
                    }
                }
            }
        }
    }

    private void sendDigests(Instant now, Tally tally) {
        ZonedDateTime local = now.atZone(practiceZone);
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(sendFrom)) {
            return;
        }
        Set<Claim> done = ledger.claimedSince(ReminderKind.CLINICIAN_DIGEST, today);
        for (DigestRecipient clinician : clinicians.active()) {
            if (stopping) {
                return;
            }
            if (done.contains(new Claim(clinician.accountId(), today))) {
                continue;
            }
            Instant after = ledger.lastDigestCountedUntil(clinician.accountId()).orElse(now.minus(FIRST_DIGEST_COVERS));
            NewSubmissions news = homework.newSubmissions(clinician.accountId(), after, now);
            if (!news.isEmpty()) {
                switch (deliver(
                        ReminderKind.CLINICIAN_DIGEST,
                        clinician.accountId(),
                        today,
                        now,
                        now,
                        () -> mails.sendDigest(clinician, news))) {
                    case SENT -> tally.digests++;
                    case FAILED -> tally.failed++;
                    case TAKEN -> {}
                }
            }
        }
    }

    /**
     * The application is shutting down: a run in progress stops after the e-mail it is sending, so
     * that no claim is left without its e-mail (that recipient would miss the day), and the scheduler
     * waits for it (spring.task.scheduling.shutdown.await-termination). Whoever was not reached yet is
     * reached by the next run on any instance, since the ledger records only what was sent.
     */
    @EventListener(ContextClosedEvent.class)
    void applicationClosing() {
        stopping = true;
    }

    /** Claim, then send; a failed send gives the claim back so that the next run tries again. */
    private Outcome deliver(
            ReminderKind kind,
            UUID recipient,
            LocalDate day,
            Instant now,
            @Nullable Instant countedUntil,
            BooleanSupplier send) {
        if (!ledger.claim(kind, recipient, day, now, countedUntil)) {
            return Outcome.TAKEN;
        }
        boolean sent;
        try {
            sent = send.getAsBoolean();
        } catch (RuntimeException e) {
            log.warn("A reminder e-mail failed: {}", e.getClass().getSimpleName());
            sent = false;
        }
        if (sent) {
            ledger.markSent(kind, recipient, day, clock.instant());
            return Outcome.SENT;
        }
        ledger.release(kind, recipient, day);
        return Outcome.FAILED;
    }

    /** SENT by this run, FAILED and given back for a later run, or TAKEN by another run already. */
    private enum Outcome {
        SENT,
        FAILED,
        TAKEN
    }

    private static final class Tally {
        int reminders;
        int digests;
        int failed;
    }
}
