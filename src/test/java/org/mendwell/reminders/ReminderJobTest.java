package org.mendwell.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.client.MyRecordService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reminder job against the demo practice, a clock pinned to chosen moments and a real SMTP server.
 * Nobody is signed in when the job runs, as on the scheduler's thread.
 */
@MendwellTest
class ReminderJobTest extends ReminderMailTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LocalDate THURSDAY = MONDAY.plusDays(3);
    static final LocalDate FRIDAY = MONDAY.plusDays(4);
    static final LocalTime EVENING = LocalTime.of(21, 0);

    static final String REFLECTION = "reflection-relationship-as-a-whole";
    static final String REFLECTION_TITLE = "Looking at the whole relationship";

    @Autowired
    MyRecordService clients;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    private UUID robin() {
        return fixtures.clientId(Demo.CLIENT);
    }

    private static ExerciseSchedule once(LocalDate day) {
        return ExerciseSchedule.once(day, EVENING);
    }

    private static ExerciseSchedule daily(LocalDate from, int times) {
        return ExerciseSchedule.daily(from, null, times, EVENING);
    }

    private ReminderRun runAt(String instant) {
        clock.set(Instant.parse(instant));
        return job.runOnce();
    }

    /** Who got an e-mail from a run at the given moment (GreenMail lists by mailbox, not by time). */
    private List<String> mailedAt(String instant) {
        runAt(instant);
        List<String> recipients = recipients();
        forgetMailSoFar();
        return recipients;
    }

    @Test
    void a_client_is_told_what_is_due_today_and_overdue_and_nothing_paused_cancelled_submitted_or_upcoming() {
        List<UUID> reflection = fixtures.assign(Demo.CLINICIAN, robin(), REFLECTION, daily(MONDAY, 3));
        fixtures.submit(Demo.CLIENT, reflection.get(1), "I felt unheard on Tuesday");
        fixtures.pause(
                Demo.CLINICIAN,
                fixtures.assignmentOf(
                        fixtures.assign(Demo.CLINICIAN, robin(), "healing-grief-anger-self-doubt", once(WEDNESDAY))
                                .getFirst()));
        fixtures.cancel(
                Demo.CLINICIAN,
                fixtures.assignmentOf(fixtures.assign(
                                Demo.CLINICIAN, robin(), "accountability-guilt-or-responsibility", once(TUESDAY))
                        .getFirst()));
        fixtures.assign(Demo.CLINICIAN, robin(), "phq-9", once(WEDNESDAY));
        fixtures.assign(Demo.CLINICIAN, robin(), "healing-needs-behind-what-i-did", once(FRIDAY));
        forgetMailSoFar();

        ReminderRun run = job.runOnce();

        assertThat(run).as("a reminder, and a digest of Tuesday's submission").isEqualTo(new ReminderRun(1, 1, 0));
        assertThat(recipients()).containsExactlyInAnyOrder(Demo.CLIENT, Demo.CLINICIAN);
        var mail = to(Demo.CLIENT).getFirst();
        assertThat(subject(mail)).isEqualTo("Your exercises for today");
        assertThat(body(mail).strip()).isEqualTo("""
                Hello Robin Ashdown,

                Due today:
                - Looking at the whole relationship (Wednesday 10 March)
                - A short questionnaire (Wednesday 10 March)

                Overdue:
                - Looking at the whole relationship (was due Monday 8 March)

                Open My exercises: https://portal.mendwell.example/my/exercises

                You get this e-mail on days when an exercise is due or waiting. To stop these reminders, turn \
                them off on your Settings page: https://portal.mendwell.example/my/settings""");
        assertThat(body(mail)).doesNotContain("unheard", "Tuesday", "grief", "Guilt", "PHQ", "Understanding myself");
    }

    @Test
    void each_client_is_told_only_of_their_own_exercises_and_the_run_leaves_nobody_signed_in() {
        Map<String, String> titleOf = Map.of(
                Demo.CLIENT, "One small promise a day",
                Demo.HANA, "Forgiving is not the same as trusting",
                Demo.OSKAR, "What feels okay, and what doesn't");
        fixtures.assign(Demo.CLINICIAN, robin(), "consistency-one-small-promise", once(WEDNESDAY));
        fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.HANA), "forgiveness-is-not-trust", once(WEDNESDAY));
        fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.OSKAR), "boundaries-okay-and-not-okay", once(TUESDAY));
        forgetMailSoFar();
        SecurityContextHolder.clearContext();

        assertThat(job.runOnce().reminders()).isEqualTo(3);

        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("nobody signed in after the run")
                .isNull();
        assertThatThrownBy(() -> clients.myRecord())
                .as("a client's own record needs a signed-in client")
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        titleOf.forEach((client, own) -> {
            String mail = body(to(client).getFirst());
            assertThat(mail).contains(own);
            titleOf.forEach((other, theirs) -> {
                if (!other.equals(client)) {
                    assertThat(mail)
                            .as("%s's reminder names nothing of %s's", client, other)
                            .doesNotContain(theirs)
                            .doesNotContain(nameOf(other));
                }
            });
        });
    }

    private String nameOf(String clientEmail) {
        return accounts.findByEmail(clientEmail).orElseThrow().getDisplayName();
    }

    @Test
    void clients_who_turned_reminders_off_are_not_active_or_have_nothing_due_get_nothing() {
        fixtures.assign(Demo.CLINICIAN, robin(), REFLECTION, once(WEDNESDAY));
        fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.HANA), REFLECTION, once(WEDNESDAY));
        fixtures.remindersOff(Demo.HANA);
        UUID leaving = fixtures.activeClient(
                "Quinn Leaving", "quinn.leaving." + UUID.randomUUID() + "@example.org", "Europe/London");
        fixtures.assign(Demo.CLINICIAN, leaving, REFLECTION, once(WEDNESDAY));
        fixtures.discharge(Demo.CLINICIAN, leaving);
        fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.OSKAR), REFLECTION, once(THURSDAY));
        forgetMailSoFar();

        assertThat(job.runOnce()).isEqualTo(new ReminderRun(1, 0, 0));

        assertThat(recipients()).containsExactly(Demo.CLIENT);
    }

    @Test
    void a_client_gets_one_reminder_per_local_day_and_the_next_one_the_next_morning() {
        fixtures.assign(Demo.CLINICIAN, robin(), REFLECTION, daily(WEDNESDAY, 3));
        forgetMailSoFar();

        assertThat(runAt("2027-03-10T09:00:00Z").reminders()).isOne();
        assertThat(runAt("2027-03-10T09:00:00Z")).isEqualTo(ReminderRun.NOTHING);
        assertThat(runAt("2027-03-10T17:00:00Z")).isEqualTo(ReminderRun.NOTHING);
        assertThat(runAt("2027-03-10T23:59:00Z")).isEqualTo(ReminderRun.NOTHING);
        assertThat(received()).hasSize(1);

        assertThat(runAt("2027-03-11T09:00:00Z").reminders()).isOne();
        assertThat(runAt("2027-03-12T07:59:00Z")).as("before eight in London").isEqualTo(ReminderRun.NOTHING);
        assertThat(runAt("2027-03-12T08:00:00Z").reminders()).isOne();

        assertThat(recipients()).containsExactly(Demo.CLIENT, Demo.CLIENT, Demo.CLIENT);
        assertThat(subject(received().get(1))).isEqualTo("Your exercises for today");
        assertThat(body(received().get(1))).contains("""
                Due today:
                - Looking at the whole relationship (Thursday 11 March)

                Overdue:
                - Looking at the whole relationship (was due Wednesday 10 March)
                """);
    }

    @Test
    void each_client_is_reminded_in_their_own_morning_and_their_own_day() {
        UUID nora = fixtures.activeClient("Nora Yardley", "nora.yardley@example.org", "America/New_York");
        UUID aroha = fixtures.activeClient("Aroha Tane", "aroha.tane@example.org", "Pacific/Auckland");
        fixtures.assign(Demo.CLINICIAN, robin(), REFLECTION, daily(WEDNESDAY, 2));
        fixtures.assign(Demo.CLINICIAN, nora, REFLECTION, daily(WEDNESDAY, 2));
        fixtures.assign(Demo.CLINICIAN, aroha, REFLECTION, once(THURSDAY));
        forgetMailSoFar();
        String noraMail = fixtures.emailOf(nora);
        String arohaMail = fixtures.emailOf(aroha);

        // London 07:30, New York 02:30, Auckland 20:30 on Wednesday: too early for two, nothing due today for Aroha.
        assertThat(mailedAt("2027-03-10T07:30:00Z")).isEmpty();
        assertThat(mailedAt("2027-03-10T08:10:00Z")).as("London 08:10").containsExactly(Demo.CLIENT);
        assertThat(mailedAt("2027-03-10T12:30:00Z")).as("New York 07:30").isEmpty();
        runAt("2027-03-10T13:10:00Z");
        assertThat(recipients()).as("New York 08:10").containsExactly(noraMail);
        assertThat(body(to(noraMail).getFirst())).contains("- Looking at the whole relationship (Wednesday 10 March)");
        forgetMailSoFar();
        // Auckland is already at Thursday 08:05 while it is still Wednesday in London.
        runAt("2027-03-10T19:05:00Z");
        assertThat(recipients()).as("Auckland 08:05 on Thursday").containsExactly(arohaMail);
        assertThat(body(to(arohaMail).getFirst())).contains("- Looking at the whole relationship (Thursday 11 March)");
        forgetMailSoFar();
        // New York is still on Wednesday (22:30) and has had Wednesday's; London is at Thursday 03:30.
        assertThat(mailedAt("2027-03-11T03:30:00Z")).isEmpty();
        assertThat(mailedAt("2027-03-11T08:05:00Z")).as("London on Thursday").containsExactly(Demo.CLIENT);
        assertThat(mailedAt("2027-03-11T13:05:00Z")).as("New York on Thursday").containsExactly(noraMail);
    }

    @Test
    void a_long_list_is_cut_short_and_points_to_the_portal() {
        fixtures.assign(Demo.CLINICIAN, robin(), REFLECTION, daily(WEDNESDAY.minusDays(11), 12));
        forgetMailSoFar();

        job.runOnce();

        String body = body(to(Demo.CLIENT).getFirst());
        assertThat(body).contains("Due today:\n- Looking at the whole relationship (Wednesday 10 March)\n\nOverdue:\n");
        assertThat(body.lines().filter(line -> line.startsWith("- "))).hasSize(ReminderMails.MAX_LINES);
        assertThat(body).contains("...and 2 more.\n\nOpen My exercises: https://portal.mendwell.example/my/exercises");
    }

    @Test
    void a_reminder_that_could_not_be_sent_is_tried_again_by_the_next_run() {
        fixtures.assign(Demo.CLINICIAN, robin(), REFLECTION, once(WEDNESDAY));
        forgetMailSoFar();
        smtp.stop();

        assertThat(job.runOnce()).isEqualTo(new ReminderRun(0, 0, 1));

        smtp.start();
        assertThat(runAt("2027-03-10T10:05:00Z")).isEqualTo(new ReminderRun(1, 0, 0));
        assertThat(recipients()).containsExactly(Demo.CLIENT);
    }

    @Test
    void a_clinician_gets_a_daily_count_of_their_own_new_submissions_with_no_names_in_it() {
        UUID jonas = fixtures.clientId(Demo.JONAS);
        UUID casey = fixtures.clientId(Demo.CLIENT_2);
        List<UUID> robins = fixtures.assign(Demo.CLINICIAN, robin(), REFLECTION, daily(MONDAY, 3));
        List<UUID> jonass = fixtures.assign(Demo.CLINICIAN, jonas, REFLECTION, daily(TUESDAY, 2));
        List<UUID> caseys = fixtures.assign(Demo.CLINICIAN_2, casey, REFLECTION, once(WEDNESDAY));
        clock.set(Instant.parse("2027-03-10T07:00:00Z"));
        fixtures.submit(Demo.CLIENT, robins.get(0), "Robin's private words");
        fixtures.submit(Demo.CLIENT, robins.get(1), "Robin's private words");
        fixtures.submit(Demo.JONAS, jonass.get(0), "Jonas's private words");
        fixtures.submit(Demo.CLIENT_2, caseys.get(0), "Casey's private words");
        fixtures.reviewAll(Demo.CLINICIAN, jonas);
        forgetMailSoFar();

        assertThat(runAt("2027-03-10T07:59:00Z"))
                .as("before eight in the practice's zone")
                .isEqualTo(ReminderRun.NOTHING);
        assertThat(runAt("2027-03-10T09:00:00Z").digests()).isEqualTo(2);

        assertThat(to(Demo.CLINICIAN)).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo("New exercise submissions in Mendwell");
            assertThat(body(mail).strip()).isEqualTo("""
                    Hello Dr. Mira Castell,

                    Since your last digest: 3 new submissions from 2 clients. 2 submissions are waiting for your \
                    review.

                    Open Mendwell to read them: https://portal.mendwell.example/caseload

                    This digest comes once a day when something is new. It names no clients and shows no answers \
                    on purpose; those stay in the portal.""");
        });
        assertThat(to(Demo.CLINICIAN_2))
                .singleElement()
                .satisfies(mail -> assertThat(body(mail))
                        .contains("Since your last digest: 1 new submission from 1 client. 1 submission is waiting for "
                                + "your review."));
        for (var mail :
                List.of(to(Demo.CLINICIAN).getFirst(), to(Demo.CLINICIAN_2).getFirst())) {
            assertThat(body(mail))
                    .doesNotContain("private words", "Robin", "Ashdown", "Jonas", "Kettering", "Casey", "Marlowe");
        }

        // Robin submits again the same day: that waits for tomorrow's digest.
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        fixtures.submit(Demo.CLIENT, robins.get(2), "Robin's private words");
        assertThat(runAt("2027-03-10T13:00:00Z").digests()).isZero();

        assertThat(runAt("2027-03-11T09:00:00Z").digests())
                .as("only the first clinician has news")
                .isOne();
        assertThat(to(Demo.CLINICIAN)).hasSize(2);
        assertThat(body(to(Demo.CLINICIAN).get(1)))
                .contains("Since your last digest: 1 new submission from 1 "
                        + "client. 3 submissions are waiting for your review.");
        assertThat(to(Demo.CLINICIAN_2)).hasSize(1);

        assertThat(runAt("2027-03-12T09:00:00Z").digests())
                .as("nothing new for anyone")
                .isZero();
        assertThat(to(Demo.CLINICIAN)).hasSize(2);
    }

    @Test
    void a_client_who_chose_spanish_gets_her_reminder_in_spanish_and_her_clinician_his_digest_in_english() {
        jdbc.update("update account set language = 'es' where email = ?", Demo.HANA);
        try {
            fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.HANA), REFLECTION, once(WEDNESDAY));
            fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.HANA), REFLECTION, once(TUESDAY));
            forgetMailSoFar();

            job.runOnce();

            var mail = to(Demo.HANA).getFirst();
            assertThat(subject(mail)).isEqualTo("Sus ejercicios de hoy");
            assertThat(body(mail))
                    .startsWith("Hola, Hana Morikawa:")
                    .contains("Para hoy:", "Atrasados:", "(para el ", "Abra Mis ejercicios:")
                    .doesNotContain("Hello", "Due today");
        } finally {
            jdbc.update("update account set language = null where email = ?", Demo.HANA);
        }
    }

    /**
     * An exercise given in English before the client chose Spanish is named by the title she will see on its page,
     * quoted and said to be in English; a measure is named neutrally in her language, never "A short questionnaire".
     */
    @Test
    void a_spanish_reminder_quotes_an_english_title_and_says_the_exercise_is_in_english() {
        fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.HANA), REFLECTION, once(WEDNESDAY));
        jdbc.update("update account set language = 'es' where email = ?", Demo.HANA);
        try {
            fixtures.assign(Demo.CLINICIAN, fixtures.clientId(Demo.HANA), "phq-9", once(WEDNESDAY));
            forgetMailSoFar();

            job.runOnce();

            assertThat(body(to(Demo.HANA).getFirst()))
                    .contains("- «" + REFLECTION_TITLE + "», un ejercicio en inglés (")
                    .contains("- Un cuestionario breve (")
                    .doesNotContain("A short questionnaire", "PHQ", "cuestionario sobre la salud");
        } finally {
            jdbc.update("update account set language = null where email = ?", Demo.HANA);
        }
    }
}
