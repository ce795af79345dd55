package org.mendwell.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.support.Demo;
import org.mendwell.support.TestMailServer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;

/**
 * An instance is stopped (SIGTERM: the application context closes) while its scheduler is in the
 * middle of the reminder job, with the first e-mail on its way to the mail server. Graceful
 * shutdown must let that e-mail finish and be recorded, send no more (the rest are left unclaimed,
 * so the next run on any instance reaches them), and release the ShedLock lock rather than leave it
 * held for its 50-minute maximum.
 */
class ReminderShutdownTest {

    private static final Instant WEDNESDAY_9AM = Instant.parse("2027-03-10T09:00:00Z");
    private static final List<String> CLIENTS = List.of(Demo.CLIENT, Demo.HANA, Demo.OSKAR);

    private static final TestMailServer mail = new TestMailServer();

    @RegisterExtension
    static final GreenMailExtension smtp = mail.extension();

    @Test
    void stopping_mid_run_finishes_the_email_in_flight_sends_no_more_and_releases_the_lock() throws Exception {
        String database = "jdbc:h2:mem:shutdown-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var gate = new MailGate();
        var instance = RunningInstance.start("test", mail, List.of("spring.datasource.url=" + database), context -> {
            context.getBeanFactory().addBeanPostProcessor(gate);
            context.registerBean(ShutdownBegins.class, () -> new ShutdownBegins(gate));
        });
        instance.setClock(WEDNESDAY_9AM);
        var daily = ExerciseSchedule.daily(LocalDate.of(2027, 3, 9), null, 2, LocalTime.of(21, 0));
        instance.on(fixtures -> {
            fixtures.reset();
            CLIENTS.forEach(client -> fixtures.assign(
                    Demo.CLINICIAN, fixtures.clientId(client), "reflection-relationship-as-a-whole", daily));
            return null;
        });
        smtp.purgeEmailFromAllMailboxes();
        gate.armed.set(true);

        instance.context()
                .getBean("taskScheduler", TaskScheduler.class)
                .schedule(instance.scheduledReminders(), Instant.now());
        assertThat(gate.firstSendStarted.await(30, TimeUnit.SECONDS))
                .as("the job began sending")
                .isTrue();
        long closing = System.nanoTime();
        instance.close();

        assertThat(Duration.ofNanos(System.nanoTime() - closing))
                .as("the scheduler waited, briefly")
                .isLessThan(Duration.ofSeconds(30));
        assertThat(mail.receivedCount())
                .as("the e-mail in flight went out, and no other")
                .isEqualTo(1);
        try (var connection = DriverManager.getConnection(database, "sa", "");
                var statement = connection.createStatement()) {
            var ledger = statement.executeQuery("select count(*), count(sent_at) from reminder_sent");
            ledger.next();
            assertThat(ledger.getInt(1))
                    .as("claims: only the one sent, the rest left for the next run")
                    .isEqualTo(1);
            assertThat(ledger.getInt(2)).as("and it is recorded as sent").isEqualTo(1);
            var lock = statement.executeQuery(
                    "select locked_at, lock_until from shedlock where name = '" + ReminderScheduler.LOCK + "'");
            assertThat(lock.next()).isTrue();
            Instant lockedAt = lock.getObject(1, Timestamp.class).toInstant();
            Instant lockUntil = lock.getObject(2, Timestamp.class).toInstant();
            assertThat(Duration.between(lockedAt, lockUntil))
                    .as("released at the end of the run (held: 50 min)")
                    .isLessThanOrEqualTo(Duration.ofMinutes(5));
        }
    }

    /**
     * Replaces the mail sender with one set up the same way whose first e-mail, once armed, waits at the door until shutdown has begun, then goes
     * out as usual. So the test knows a run is mid-send when it stops the instance.
     */
    private static final class MailGate implements BeanPostProcessor {

        final AtomicBoolean armed = new AtomicBoolean();
        final CountDownLatch firstSendStarted = new CountDownLatch(1);
        final CountDownLatch shutdownBegun = new CountDownLatch(1);

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof JavaMailSenderImpl real)) {
                return bean;
            }
            var gated = new JavaMailSenderImpl() {
                @Override
                protected void doSend(MimeMessage[] messages, Object @Nullable [] originals) {
                    if (armed.compareAndSet(true, false)) {
                        firstSendStarted.countDown();
                        try {
                            shutdownBegun.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    super.doSend(messages, originals);
                }
            };
            gated.setHost(real.getHost());
            gated.setPort(real.getPort());
            gated.setProtocol(real.getProtocol());
            gated.setJavaMailProperties(real.getJavaMailProperties());
            return gated;
        }
    }

    /** Told first when the context stops its beans, which comes after the ContextClosedEvent. */
    private static final class ShutdownBegins implements SmartLifecycle {

        private final MailGate gate;
        private volatile boolean running;

        ShutdownBegins(MailGate gate) {
            this.gate = gate;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
            gate.shutdownBegun.countDown();
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE;
        }
    }
}
