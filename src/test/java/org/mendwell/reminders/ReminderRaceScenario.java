package org.mendwell.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.shared.SchedulingConfig;
import org.mendwell.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two application instances' schedulers fire at the same moment against one database. Run on H2 in
 * the normal suite ({@link ReminderRaceTest}) and on MariaDB in the mariadb suite
 * ({@link ReminderRaceMariaDbTest}).
 */
abstract class ReminderRaceScenario extends ReminderMailTest {

    static final LocalDate TUESDAY = LocalDate.of(2027, 3, 9);
    static final String GRACE = "grace.teodoro@mendwell.example";
    static final String SAMUEL = "samuel.achterberg@mendwell.example";

    /** Seven clients with something due and two clinicians with news: nine e-mails, each to go out once. */
    static final List<String> EVERYONE = List.of(
            Demo.CLIENT,
            Demo.JONAS,
            Demo.HANA,
            Demo.OSKAR,
            SAMUEL,
            Demo.CLIENT_2,
            GRACE,
            Demo.CLINICIAN,
            Demo.CLINICIAN_2);

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void somethingForEveryone() {
        var daily = ExerciseSchedule.daily(TUESDAY, null, 2, LocalTime.of(21, 0));
        for (String client : List.of(Demo.CLIENT, Demo.JONAS, Demo.HANA, Demo.OSKAR, SAMUEL)) {
            fixtures.assign(Demo.CLINICIAN, fixtures.clientId(client), "reflection-relationship-as-a-whole", daily);
        }
        for (String client : List.of(Demo.CLIENT_2, GRACE)) {
            fixtures.assign(Demo.CLINICIAN_2, fixtures.clientId(client), "reflection-relationship-as-a-whole", daily);
        }
        clock.set(Instant.parse("2027-03-10T07:00:00Z"));
        for (String client : List.of(Demo.CLIENT, Demo.CLIENT_2)) {
            var occurrences = fixtures.assign(
                    client.equals(Demo.CLIENT) ? Demo.CLINICIAN : Demo.CLINICIAN_2,
                    fixtures.clientId(client),
                    "healing-needs-behind-what-i-did",
                    ExerciseSchedule.once(TUESDAY, LocalTime.of(21, 0)));
            fixtures.submit(client, occurrences.getFirst(), "words that stay in the portal");
        }
        clock.set(WEDNESDAY_9AM_LONDON);
        forgetMailSoFar();
    }

    @Test
    void two_shedlock_guarded_schedulers_firing_together_run_the_job_once_and_send_each_email_once() throws Exception {
        var lock = new LockConfiguration(
                Instant.now(), ReminderScheduler.LOCK, Duration.ofMinutes(50), Duration.ofMinutes(5));
        var first = new DefaultLockingTaskExecutor(SchedulingConfig.lockProviderOn(dataSource));
        var second = new DefaultLockingTaskExecutor(SchedulingConfig.lockProviderOn(dataSource));

        List<ReminderRun> runs = together(() -> locked(first, lock), () -> locked(second, lock));

        assertThat(runs)
                .as("one instance held the lock, the other skipped")
                .containsExactlyInAnyOrder(new ReminderRun(7, 2, 0), null);
        assertEachExactlyOnce();
    }

    @Test
    void two_jobs_overlapping_without_a_lock_still_send_each_email_once() throws Exception {
        List<ReminderRun> runs = together(job::runOnce, job::runOnce, job::runOnce);

        assertThat(runs).as("every run ran").doesNotContainNull();
        assertThat(runs.stream().mapToInt(ReminderRun::reminders).sum()).isEqualTo(7);
        assertThat(runs.stream().mapToInt(ReminderRun::digests).sum()).isEqualTo(2);
        assertThat(runs.stream().mapToInt(ReminderRun::failed).sum()).isZero();
        assertEachExactlyOnce();
    }

    private void assertEachExactlyOnce() {
        Map<String, Long> perRecipient =
                recipients().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecipient)
                .containsOnlyKeys(EVERYONE)
                .allSatisfy((to, count) -> assertThat(count).as(to).isOne());
        assertThat(received()).hasSize(EVERYONE.size());
    }

    /** The job as one instance's scheduler runs it: only with the lock; null when another instance has it. */
    private ReminderRun locked(DefaultLockingTaskExecutor executor, LockConfiguration lock) {
        var result = new AtomicReference<ReminderRun>();
        executor.executeWithLock((Runnable) () -> result.set(job.runOnce()), lock);
        return result.get();
    }

    /** Starts every task on its own thread at the same moment; their results in the order given. */
    @SafeVarargs
    private static List<ReminderRun> together(Supplier<ReminderRun>... tasks) throws Exception {
        var start = new CyclicBarrier(tasks.length);
        try (var threads = Executors.newFixedThreadPool(tasks.length)) {
            Collection<Future<ReminderRun>> futures = new ArrayList<>();
            for (Supplier<ReminderRun> task : tasks) {
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.get();
                }));
            }
            var results = new ArrayList<ReminderRun>();
            for (Future<ReminderRun> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        }
    }
}
