package org.mendwell.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mendwell.MendwellApplication;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.SubmissionSummary;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application instances on loopback ports sharing one MariaDB database, as behind a load
 * balancer: a client submits on one and the clinician sees it on the other at once (no cache stands
 * between them and the database); the reminder job, fired by both instances' schedulers at the same
 * moment, runs on one and sends each e-mail once; and a session belongs to the instance that made
 * it, which is why the proxy must keep each visitor on one instance (docs/deployment.md).
 *
 * <p>Both instances run in this JVM, each a whole Spring Boot and Vaadin application with its own
 * web server, pool, scheduler and lock provider. The one thing they share in a JVM is Spring
 * Security's global holder, where Vaadin installs its own strategy per application: {@link #on} points
 * it at the instance a step runs on, as a separate process would have its own.
 */
@Tag("mariadb")
class TwoInstancesMariaDbTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 9);
    /** Wednesday 10 March 2027, 07:00 and 09:00 in London: the work is done, then the reminders go. */
    private static final Instant WEDNESDAY_7AM = Instant.parse("2027-03-10T07:00:00Z");
    private static final Instant WEDNESDAY_9AM = Instant.parse("2027-03-10T09:00:00Z");

    private static final TestMailServer mail = new TestMailServer();

    @RegisterExtension
    static final GreenMailExtension smtp = mail.extension();

    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;

    @BeforeAll
    static void startTwoInstances() {
        instanceA = start();
        instanceB = start();
    }

    @AfterAll
    static void stopThem() {
        for (var instance : new ConfigurableApplicationContext[] {instanceB, instanceA}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    /** One instance: the MariaDB suite's database, its own random port, the reminder scheduler on. */
    private static ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--vaadin.devmode.devTools.enabled=false",
                "--mendwell.demo.history=false",
                "--mendwell.reminders.enabled=true",
                // The scheduler is there, as in production, but fires only when this test says so
                // (its cron would next fire on 29 February).
                "--mendwell.reminders.cron=0 0 0 29 2 *"));
        mail.configure((name, value) -> args.add("--" + name + "=" + value.get()));
        // TestClock's clock, registered directly: the builder would name the @Import-style class as its own bean.
        return new SpringApplicationBuilder(MendwellApplication.class).profiles("mariadb-test")
                .initializers((GenericApplicationContext context) -> context.registerBean(MutableClock.class,
                        MutableClock::new, clock -> clock.setPrimary(true)))
                .run(args.toArray(String[]::new));
    }

    /** Runs a step on one instance, signed in through that instance's own security strategy. */
    private static <T> T on(ConfigurableApplicationContext instance, Function<ReminderFixtures, T> step) {
        SecurityContextHolder.setContextHolderStrategy(instance.getBean(SecurityContextHolderStrategy.class));
        try {
            return step.apply(instance.getBean(ReminderFixtures.class));
        } finally {
            instance.getBean(ReminderFixtures.class).signOut();
        }
    }

    private static void onEach(Consumer<ConfigurableApplicationContext> step) {
        step.accept(instanceA);
        step.accept(instanceB);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static void setClocks(Instant instant) {
        onEach(instance -> instance.getBean(MutableClock.class).set(instant));
    }

    @BeforeEach
    void cleanSlate() {
        on(instanceA, fixtures -> {
            fixtures.reset();
            return null;
        });
        setClocks(WEDNESDAY_7AM);
    }

    @Test
    void a_client_submits_on_one_instance_and_the_clinician_sees_it_on_the_other_at_once() {
        UUID robin = on(instanceB, fixtures -> fixtures.clientId(Demo.CLIENT));
        UUID occurrence = on(instanceB, fixtures -> fixtures.assign(Demo.CLINICIAN, robin,
                "healing-needs-behind-what-i-did", ExerciseSchedule.once(TUESDAY, LocalTime.of(21, 0)))).getFirst();
        assertThat(submissionsOnB(robin)).as("nothing submitted yet, as B reads it").isEmpty();

        on(instanceA, fixtures -> {
            fixtures.submit(Demo.CLIENT, occurrence, "typed on instance A");
            return null;
        });

        List<SubmissionSummary> seenOnB = submissionsOnB(robin);
        assertThat(seenOnB).singleElement().satisfies(summary -> {
            assertThat(summary.submittedAt()).isBetween(WEDNESDAY_7AM, WEDNESDAY_7AM.plusSeconds(60));
            assertThat(summary.reviewed()).isFalse();
        });
        var review = on(instanceB, fixtures -> {
            instanceB.getBean(SignIn.class).as(Demo.CLINICIAN);
            return instanceB.getBean(ReviewService.class).review(seenOnB.getFirst().submissionId());
        });
        assertThat(review.answers().values()).anySatisfy(answer -> assertThat(answer.text())
                .isEqualTo("typed on instance A"));
    }

    private static List<SubmissionSummary> submissionsOnB(UUID client) {
        return on(instanceB, fixtures -> {
            instanceB.getBean(SignIn.class).as(Demo.CLINICIAN);
            return instanceB.getBean(ReviewService.class).submissionsOf(client);
        });
    }

    @Test
    void both_schedulers_firing_at_once_run_the_job_on_one_instance_and_send_each_email_once()
            throws Exception {
        var daily = ExerciseSchedule.daily(TUESDAY, null, 2, LocalTime.of(21, 0));
        for (String client : List.of(Demo.CLIENT, Demo.HANA, Demo.OSKAR)) {
            on(instanceA, fixtures -> fixtures.assign(Demo.CLINICIAN, fixtures.clientId(client),
                    "reflection-relationship-as-a-whole", daily));
        }
        UUID once = on(instanceB, fixtures -> fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.CLIENT),
                "healing-needs-behind-what-i-did", ExerciseSchedule.once(TUESDAY, LocalTime.of(21, 0)))).getFirst();
        on(instanceA, fixtures -> {
            fixtures.submit(Demo.CLIENT, once, "news for the clinician's digest");
            return null;
        });
        setClocks(WEDNESDAY_9AM);
        smtp.purgeEmailFromAllMailboxes();
        double sentBeforeA = sentBy(instanceA);
        double sentBeforeB = sentBy(instanceB);

        fireTogether(reminderTask(instanceA), reminderTask(instanceB));

        List<String> expected = List.of(Demo.CLIENT, Demo.HANA, Demo.OSKAR, Demo.CLINICIAN);
        for (String to : expected) {
            assertThat(mail.bodiesTo(to, expected.size())).as("e-mails to " + to).hasSize(1);
        }
        assertThat(mail.receivedCount()).isEqualTo(expected.size());
        double sentByA = sentBy(instanceA) - sentBeforeA;
        double sentByB = sentBy(instanceB) - sentBeforeB;
        assertThat(List.of(sentByA, sentByB)).as("one instance ran the job, the other found the lock taken")
                .containsExactlyInAnyOrder(4.0, 0.0);
    }

    /** The reminder e-mails this instance sent, from its own metrics. */
    private static double sentBy(ConfigurableApplicationContext instance) {
        var metrics = instance.getBean(MeterRegistry.class);
        return metrics.get("mendwell.reminders.sent").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    /** What this instance's scheduler runs when the reminders' cron fires (ShedLock's proxy included). */
    private static Runnable reminderTask(ConfigurableApplicationContext instance) {
        return instance.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream()).map(ScheduledTask::getTask)
                .filter(task -> task.toString().contains("ReminderScheduler.run")).findFirst().orElseThrow()
                .getRunnable();
    }

    private static void fireTogether(Runnable... tasks) throws Exception {
        var start = new CyclicBarrier(tasks.length);
        try (var threads = Executors.newFixedThreadPool(tasks.length)) {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable task : tasks) {
                running.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    task.run();
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get(2, TimeUnit.MINUTES);
            }
        }
    }

    @Test
    void a_session_belongs_to_the_instance_that_made_it() {
        setClocks(Instant.now());
        var onA = new HttpVisitor(port(instanceA));
        assertThat(onA.signIn(Demo.CLINICIAN, Demo.PASSWORD)).doesNotContain("error");
        assertThat(onA.get("/caseload").statusCode()).isEqualTo(200);

        var sameCookieOnB = new HttpVisitor(port(instanceB));
        sameCookieOnB.useSessionId(onA.sessionId().orElseThrow());
        var onB = sameCookieOnB.get("/caseload");

        assertThat(onB.statusCode()).as("B does not know A's session: sticky sessions are needed").isEqualTo(302);
        assertThat(onB.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(onA.get("/caseload").statusCode()).as("and A still does").isEqualTo(200);
    }
}
