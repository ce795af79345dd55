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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.SubmissionSummary;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;

/**
 * Two application instances on loopback ports sharing one MariaDB database, as behind a load
 * balancer: a client submits on one and the clinician sees it on the other at once (no cache stands
 * between them and the database); the reminder job, fired by both instances' schedulers at the same
 * moment, runs on one and sends each e-mail once; and a session belongs to the instance that made
 * it, which is why the proxy must keep each visitor on one instance (docs/deployment.md).
 *
 * <p>Both instances run in this JVM, each a whole Spring Boot and Vaadin application with its own
 * web server, pool, scheduler and lock provider ({@link RunningInstance}).
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

    private static RunningInstance instanceA;
    private static RunningInstance instanceB;

    @BeforeAll
    static void startTwoInstances() {
        instanceA = RunningInstance.start("mariadb-test", mail, List.of());
        instanceB = RunningInstance.start("mariadb-test", mail, List.of());
    }

    @AfterAll
    static void stopThem() {
        for (var instance : new RunningInstance[] {instanceB, instanceA}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    private static void setClocks(Instant instant) {
        instanceA.setClock(instant);
        instanceB.setClock(instant);
    }

    @BeforeEach
    void cleanSlate() {
        instanceA.on(fixtures -> {
            fixtures.reset();
            return null;
        });
        setClocks(WEDNESDAY_7AM);
    }

    @Test
    void a_client_submits_on_one_instance_and_the_clinician_sees_it_on_the_other_at_once() {
        UUID robin = instanceB.on(fixtures -> fixtures.clientId(Demo.CLIENT));
        UUID occurrence = instanceB
                .on(fixtures -> fixtures.assign(
                        Demo.CLINICIAN,
                        robin,
                        "healing-needs-behind-what-i-did",
                        ExerciseSchedule.once(TUESDAY, LocalTime.of(21, 0))))
                .getFirst();
        assertThat(submissionsOnB(robin))
                .as("nothing submitted yet, as B reads it")
                .isEmpty();

        instanceA.on(fixtures -> {
            fixtures.submit(Demo.CLIENT, occurrence, "typed on instance A");
            return null;
        });

        List<SubmissionSummary> seenOnB = submissionsOnB(robin);
        assertThat(seenOnB).singleElement().satisfies(summary -> {
            assertThat(summary.submittedAt()).isBetween(WEDNESDAY_7AM, WEDNESDAY_7AM.plusSeconds(60));
            assertThat(summary.reviewed()).isFalse();
        });
        var review = instanceB.on(fixtures -> {
            instanceB.context().getBean(SignIn.class).as(Demo.CLINICIAN);
            return instanceB
                    .context()
                    .getBean(ReviewService.class)
                    .review(seenOnB.getFirst().submissionId());
        });
        assertThat(review.answers().values())
                .anySatisfy(answer -> assertThat(answer.text()).isEqualTo("typed on instance A"));
    }

    private static List<SubmissionSummary> submissionsOnB(UUID client) {
        return instanceB.on(fixtures -> {
            instanceB.context().getBean(SignIn.class).as(Demo.CLINICIAN);
            return instanceB.context().getBean(ReviewService.class).submissionsOf(client);
        });
    }

    @Test
    void both_schedulers_firing_at_once_run_the_job_on_one_instance_and_send_each_email_once() throws Exception {
        var daily = ExerciseSchedule.daily(TUESDAY, null, 2, LocalTime.of(21, 0));
        for (String client : List.of(Demo.CLIENT, Demo.HANA, Demo.OSKAR)) {
            instanceA.on(fixtures -> fixtures.assign(
                    Demo.CLINICIAN, fixtures.clientId(client), "reflection-relationship-as-a-whole", daily));
        }
        UUID once = instanceB
                .on(fixtures -> fixtures.assign(
                        Demo.CLINICIAN,
                        fixtures.clientId(Demo.CLIENT),
                        "healing-needs-behind-what-i-did",
                        ExerciseSchedule.once(TUESDAY, LocalTime.of(21, 0))))
                .getFirst();
        instanceA.on(fixtures -> {
            fixtures.submit(Demo.CLIENT, once, "news for the clinician's digest");
            return null;
        });
        setClocks(WEDNESDAY_9AM);
        smtp.purgeEmailFromAllMailboxes();
        double sentBeforeA = sentBy(instanceA);
        double sentBeforeB = sentBy(instanceB);

        fireTogether(instanceA.scheduledReminders(), instanceB.scheduledReminders());

        List<String> expected = List.of(Demo.CLIENT, Demo.HANA, Demo.OSKAR, Demo.CLINICIAN);
        for (String to : expected) {
            assertThat(mail.bodiesTo(to, 1)).as("e-mails to " + to).hasSize(1);
        }
        assertThat(mail.receivedCount()).isEqualTo(expected.size());
        double sentByA = sentBy(instanceA) - sentBeforeA;
        double sentByB = sentBy(instanceB) - sentBeforeB;
        assertThat(List.of(sentByA, sentByB))
                .as("one instance ran the job, the other found the lock taken")
                .containsExactlyInAnyOrder(4.0, 0.0);
    }

    /** The reminder e-mails this instance sent, from its own metrics. */
    private static double sentBy(RunningInstance instance) {
        var metrics = instance.context().getBean(MeterRegistry.class);
        return metrics.get("mendwell.reminders.sent").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
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
        var onA = new HttpVisitor(instanceA.port());
        assertThat(onA.signIn(Demo.CLINICIAN, Demo.PASSWORD)).doesNotContain("error");
        assertThat(onA.get("/caseload").statusCode()).isEqualTo(200);

        var sameCookieOnB = new HttpVisitor(instanceB.port());
        sameCookieOnB.useSessionId(onA.sessionId().orElseThrow());
        var onB = sameCookieOnB.get("/caseload");

        assertThat(onB.statusCode())
                .as("B does not know A's session: sticky sessions are needed")
                .isEqualTo(302);
        assertThat(onB.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(onA.get("/caseload").statusCode()).as("and A still does").isEqualTo(200);
    }
}
