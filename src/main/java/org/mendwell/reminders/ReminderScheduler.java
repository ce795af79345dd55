package org.mendwell.reminders;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder job every hour (mendwell.reminders.cron, in UTC): hourly, because each client's
 * morning comes at a different hour. ShedLock lets one instance run it at a time; the job's own
 * ledger makes a duplicate e-mail impossible even if a lock expires mid-run. Switched off with
 * mendwell.reminders.enabled=false (as in tests, which run the job themselves).
 */
@Component
@ConditionalOnProperty(name = "mendwell.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderScheduler {

    static final String LOCK = "mendwell-reminders";

    private final ReminderJob job;

    ReminderScheduler(ReminderJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${mendwell.reminders.cron:0 5 * * * *}", zone = "UTC")
    @SchedulerLock(
            name = LOCK,
            lockAtMostFor = "${mendwell.reminders.lock-at-most-for:PT50M}",
            lockAtLeastFor = "${mendwell.reminders.lock-at-least-for:PT5M}")
    public void run() {
        job.runOnce();
    }
}
