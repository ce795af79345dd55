package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
@WithUserDetails(Demo.CLINICIAN)
class AssignmentServiceTest {

    /** The demo clients' time zone (their intakes say Europe/London). */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    MutableClock clock;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClientService clients;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ExerciseTemplateRepository templates;

    private UUID template(String key) {
        return templates.findByKey(key).orElseThrow().getId();
    }

    private LocalDate today = LocalDate.EPOCH;

    /** Noon where Robin lives: a series due by 23:59 from today would be refused at 23:59 (CI runs at any hour). */
    @BeforeEach
    void atNoonInLondon() {
        today = clock.setToNoonIn(LONDON);
    }

    private LocalDate today() {
        return today;
    }

    private ExerciseSchedule fiveDaysFromToday() {
        return ExerciseSchedule.daily(today(), null, 5, LocalTime.of(23, 59));
    }

    @Test
    void a_daily_exercise_is_given_with_its_occurrences_and_the_template_version() {
        var given = assignments.assign(new AssignExercise(
                clientIds.of(Demo.CLIENT),
                template("daily-check-in"),
                "Two minutes after dinner is plenty.",
                fiveDaysFromToday(),
                false,
                null));

        assertThat(given).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Daily check-in");
            assertThat(a.occurrences()).isEqualTo(5);
            assertThat(a.submitted()).isZero();
            assertThat(a.start()).isEqualTo(today());
            assertThat(a.lastDue()).isEqualTo(today().plusDays(4));
            assertThat(a.templateVersion()).isEqualTo(1);
            assertThat(a.status()).isEqualTo(AssignmentStatus.ACTIVE);
        });
        assertThat(assignments.assignmentsOf(clientIds.of(Demo.CLIENT))).hasSize(1);
    }

    @Test
    void the_client_sees_today_and_upcoming_and_never_the_partners_exercises() {
        assignments.assign(new AssignExercise(
                clientIds.of(Demo.CLIENT), template("daily-check-in"), null, fiveDaysFromToday(), true, null));
        assertThat(assignments.assignmentsOf(clientIds.of(Demo.JONAS)))
                .as("given to both partners")
                .hasSize(1);

        signIn.as(Demo.CLIENT);
        var mine = assignments.myExercises();

        assertThat(mine.today()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Daily check-in");
            assertThat(e.minutes()).isPositive();
            assertThat(e.dueDate()).isEqualTo(today());
        });
        assertThat(mine.upcoming())
                .as("the daily exercise once, by its next occurrence")
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.next().dueDate()).isEqualTo(today().plusDays(1));
                    assertThat(e.repeats()).isEqualTo("Every day");
                });
        assertThat(mine.overdue()).isEmpty();
        assertThat(mine.completed()).isEmpty();
        var partnersOccurrences = assignments.myExercises().today().stream()
                .map(ClientExercise::occurrenceId)
                .toList();
        signIn.as(Demo.JONAS);
        assertThat(assignments.myExercises().today())
                .extracting(ClientExercise::occurrenceId)
                .doesNotContainAnyElementsOf(partnersOccurrences)
                .hasSize(1);
    }

    @Test
    void coming_up_lists_each_assignment_once_by_its_next_occurrence_and_says_how_often_it_repeats() {
        var tomorrow = today().plusDays(1);
        var weekdays = Set.of(tomorrow.getDayOfWeek(), tomorrow.plusDays(3).getDayOfWeek());
        assignments.assign(new AssignExercise(
                clientIds.of(Demo.CLIENT),
                template("daily-check-in"),
                null,
                ExerciseSchedule.weekly(tomorrow, weekdays, null, 4, LocalTime.NOON),
                false,
                null));
        assignments.assign(new AssignExercise(
                clientIds.of(Demo.CLIENT),
                template("consistency-one-small-promise"),
                null,
                ExerciseSchedule.once(today().plusDays(2), LocalTime.NOON),
                false,
                null));

        signIn.as(Demo.CLIENT);
        var upcoming = assignments.myExercises().upcoming();

        assertThat(upcoming).hasSize(2);
        assertThat(upcoming.get(0).next().title()).isEqualTo("Daily check-in");
        assertThat(upcoming.get(0).next().dueDate()).isEqualTo(tomorrow);
        assertThat(upcoming.get(0).repeats())
                .startsWith("Every ")
                .contains(
                        tomorrow.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK),
                        tomorrow.plusDays(3).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK));
        assertThat(upcoming.get(1).next().dueDate()).isEqualTo(today().plusDays(2));
        assertThat(upcoming.get(1).repeats()).as("a one-off does not repeat").isNull();
    }

    @Autowired
    org.mendwell.shared.i18n.Messages messages;

    @Test
    void how_often_a_schedule_repeats_is_said_in_words() {
        assertThat(UpcomingExercise.repeats(messages, Locale.UK, ExerciseTerms.Schedule.ONCE, Set.of()))
                .isNull();
        assertThat(UpcomingExercise.repeats(messages, Locale.UK, ExerciseTerms.Schedule.DAILY, Set.of()))
                .isEqualTo("Every day");
        assertThat(UpcomingExercise.repeats(
                        messages, Locale.UK, ExerciseTerms.Schedule.WEEKLY, Set.of(DayOfWeek.THURSDAY)))
                .isEqualTo("Every Thursday");
        assertThat(UpcomingExercise.repeats(
                        messages,
                        Locale.UK,
                        ExerciseTerms.Schedule.WEEKLY,
                        Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)))
                .isEqualTo("Every Monday, Wednesday and Friday");
        assertThat(UpcomingExercise.repeats(
                        messages, Locale.UK, ExerciseTerms.Schedule.WEEKLY, Set.of(DayOfWeek.values())))
                .isEqualTo("Every day");
    }

    @Test
    void how_often_a_schedule_repeats_is_said_in_spanish_for_a_spanish_reader() {
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(UpcomingExercise.repeats(messages, spanish, ExerciseTerms.Schedule.DAILY, Set.of()))
                .isEqualTo("Todos los días");
        assertThat(UpcomingExercise.repeats(
                        messages, spanish, ExerciseTerms.Schedule.WEEKLY, Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY)))
                .isEqualTo("Cada lunes y jueves");
    }

    @Test
    void past_occurrences_not_done_are_overdue() {
        java.time.Instant noonToday = clock.instant();
        clock.set(noonToday.minus(java.time.Duration.ofDays(3)));
        assignments.assign(new AssignExercise(
                clientIds.of(Demo.CLIENT),
                template("consistency-one-small-promise"),
                null,
                ExerciseSchedule.daily(today().minusDays(3), today().plusDays(1), null, LocalTime.of(23, 59)),
                false,
                null));
        clock.set(noonToday);

        signIn.as(Demo.CLIENT);
        var mine = assignments.myExercises();

        assertThat(mine.overdue())
                .extracting(ClientExercise::dueDate)
                .containsExactly(today().minusDays(3), today().minusDays(2), today().minusDays(1));
        assertThat(mine.today()).hasSize(1);
        assertThat(mine.upcoming()).hasSize(1);
    }

    @Test
    void a_couples_exercise_for_a_flagged_case_needs_a_written_reason_which_is_recorded() {
        UUID priya = clientIds.of(Demo.PRIYA);
        clients.accept(priya, clients.details(priya).version());
        var couplesExercise =
                new AssignExercise(priya, template("daily-check-in"), null, fiveDaysFromToday(), false, " ");

        assertThatThrownBy(() -> assignments.assign(couplesExercise))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("safetyOverrideReason"));

        var given = assignments.assign(new AssignExercise(
                priya,
                template("daily-check-in"),
                null,
                fiveDaysFromToday(),
                false,
                "Discussed in session; she asked for it and feels safe doing it alone."));
        assertThat(given.getFirst().safetyOverrideReason()).startsWith("Discussed in session");
    }

    @Test
    void an_individual_exercise_for_a_flagged_case_needs_no_reason() {
        UUID priya = clientIds.of(Demo.PRIYA);
        clients.accept(priya, clients.details(priya).version());

        var given = assignments.assign(new AssignExercise(
                priya,
                template("healing-grief-anger-self-doubt"),
                null,
                ExerciseSchedule.once(today().plusDays(3), LocalTime.of(18, 0)),
                false,
                null));

        assertThat(given).singleElement().satisfies(a -> {
            assertThat(a.occurrences()).isEqualTo(1);
            assertThat(a.safetyOverrideReason()).isNull();
        });
    }

    @Test
    void exercises_go_only_to_accepted_clients_and_bad_schedules_are_explained() {
        assertThatThrownBy(() -> assignments.assign(new AssignExercise(
                        clientIds.of(Demo.TOBIAS), template("daily-check-in"), null, fiveDaysFromToday(), false, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("clientId"));
        assertThatThrownBy(() -> assignments.assign(new AssignExercise(
                        clientIds.of(Demo.CLIENT),
                        template("daily-check-in"),
                        null,
                        ExerciseSchedule.weekly(today(), Set.of(), null, 4, LocalTime.NOON),
                        false,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("weekdays"));
        assertThatThrownBy(() -> assignments.assign(new AssignExercise(
                        clientIds.of(Demo.MARCUS), template("daily-check-in"), null, fiveDaysFromToday(), true, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKeys("clientId", "bothPartners"));
    }

    @Test
    void pausing_hides_open_exercises_resuming_shows_them_cancelling_removes_them_for_good() {
        UUID assignment = assignments
                .assign(new AssignExercise(
                        clientIds.of(Demo.CLIENT), template("daily-check-in"), null, fiveDaysFromToday(), false, null))
                .getFirst()
                .assignmentId();

        assertThat(assignments.pause(assignment).status()).isEqualTo(AssignmentStatus.PAUSED);
        signIn.as(Demo.CLIENT);
        assertThat(assignments.myExercises().isEmpty()).isTrue();

        signIn.as(Demo.CLINICIAN);
        assertThat(assignments.resume(assignment).status()).isEqualTo(AssignmentStatus.ACTIVE);
        signIn.as(Demo.CLIENT);
        assertThat(assignments.myExercises().today()).hasSize(1);

        signIn.as(Demo.CLINICIAN);
        assertThat(assignments.cancel(assignment).status()).isEqualTo(AssignmentStatus.CANCELLED);
        assertThatThrownBy(() -> assignments.resume(assignment)).isInstanceOf(InvalidInputException.class);
        signIn.as(Demo.CLIENT);
        assertThat(assignments.myExercises().isEmpty()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN_2)
    void another_clinician_can_neither_give_nor_see_nor_change_these_exercises() {
        UUID robin = clientIds.of(Demo.CLIENT);
        assertThatThrownBy(() -> assignments.assign(
                        new AssignExercise(robin, template("daily-check-in"), null, fiveDaysFromToday(), false, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> assignments.assignmentsOf(robin)).isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.CLINICIAN);
        UUID assignment = assignments
                .assign(new AssignExercise(robin, template("daily-check-in"), null, fiveDaysFromToday(), false, null))
                .getFirst()
                .assignmentId();
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> assignments.cancel(assignment)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void clients_and_administrators_cannot_give_exercises() {
        for (String who : List.of(Demo.CLIENT, Demo.ADMIN)) {
            signIn.as(who);
            assertThatThrownBy(() -> assignments.assign(new AssignExercise(
                            UUID.randomUUID(), UUID.randomUUID(), null, fiveDaysFromToday(), false, null)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.assignmentsOf(UUID.randomUUID()))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(Demo.ADMIN);
        assertThatThrownBy(() -> assignments.myExercises()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_flag_on_either_partner_closes_couples_exercises_for_both_without_a_reason() {
        clientRecords.findByEmail(Demo.JONAS).orElseThrow().flagForSafety();
        clientRecords.flush();

        assertThatThrownBy(() -> assignments.assign(new AssignExercise(
                        clientIds.of(Demo.CLIENT), template("daily-check-in"), null, fiveDaysFromToday(), false, null)))
                .as("given to Robin alone, while Jonas is flagged")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("safetyOverrideReason"));
        assertThat(assignments.assign(new AssignExercise(
                        clientIds.of(Demo.CLIENT),
                        template("healing-grief-anger-self-doubt"),
                        null,
                        fiveDaysFromToday(),
                        false,
                        null)))
                .as("individual work needs no reason")
                .hasSize(1);
    }

    @Test
    void a_due_date_or_series_end_in_the_past_is_refused_next_to_its_field() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID checkIn = template("daily-check-in");

        assertThatThrownBy(() -> assignments.assign(new AssignExercise(
                        robin,
                        checkIn,
                        null,
                        ExerciseSchedule.once(today().minusDays(1), LocalTime.of(21, 0)),
                        false,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys("start")
                                .extractingByKey("start")
                                .asString()
                                .contains("has passed"));
        assertThatThrownBy(() -> assignments.assign(new AssignExercise(
                        robin,
                        checkIn,
                        null,
                        ExerciseSchedule.daily(today().minusDays(5), today().minusDays(1), null, LocalTime.of(21, 0)),
                        false,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("start", "until"));
        assertThatThrownBy(() -> assignments.assign(new AssignExercise(
                        robin, checkIn, null, ExerciseSchedule.once(today(), LocalTime.MIDNIGHT), false, null)))
                .as("today, at a time already past where Robin lives")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("dueTime"));
        assertThat(assignments.assignmentsOf(robin)).isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    jakarta.persistence.EntityManager entities;

    /**
     * The clinician's page language never decides what a client is given: a Spanish-reading clinician gives the check-in
     * to Robin, who has no language of her own, and it goes out in English under its English title (a review found
     * the Spanish title stored on the English version while the library's preview followed the reader).
     */
    @Test
    void a_spanish_reading_clinician_gives_an_english_client_the_english_title() {
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLINICIAN);
        entities.clear(); // the clinician's account as this transaction read it before the change

        AssignmentSummary given = assignments
                .assign(new AssignExercise(
                        clientIds.of(Demo.CLIENT), template("daily-check-in"), null, fiveDaysFromToday(), false, null))
                .getFirst();

        assertThat(jdbc.queryForObject("select title from assignment where id = ?", String.class, given.assignmentId()))
                .isEqualTo("Daily check-in");
        assertThat(given.title()).as("named for the clinician, in Spanish").isEqualTo("Registro diario");
    }

    @Test
    void a_built_in_exercise_goes_out_in_the_clients_language_where_the_library_has_it() {
        UUID robin = clientIds.of(Demo.CLIENT);
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLIENT);
        try {
            assertThat(assignments.prospect(robin, template("phq-9")).language())
                    .isEqualTo(org.mendwell.shared.i18n.Language.SPANISH);
            assertThat(assignments.prospect(robin, template("gad-7")).language())
                    .as("no validated Spanish GAD-7: the English original")
                    .isEqualTo(org.mendwell.shared.i18n.Language.ENGLISH);

            AssignmentSummary given = assignments
                    .assign(new AssignExercise(
                            robin, template("daily-check-in"), null, fiveDaysFromToday(), false, null))
                    .getFirst();

            assertThat(jdbc.queryForObject(
                            "select title from assignment where id = ?", String.class, given.assignmentId()))
                    .as("given with its Spanish title")
                    .isEqualTo("Registro diario");
            assertThat(given.title())
                    .as("named for the clinician, who reads English (ExerciseNames)")
                    .isEqualTo("Daily check-in");
            assertThat(jdbc.queryForObject(
                            "select v.language from exercise_template_version v join assignment a"
                                    + " on a.template_id = v.template_id and a.template_version = v.number"
                                    + " where a.id = ?",
                            String.class,
                            given.assignmentId()))
                    .isEqualTo("es");
        } finally {
            jdbc.update("update account set language = null where email = ?", Demo.CLIENT);
        }
        assertThat(assignments
                        .prospect(clientIds.of(Demo.JONAS), template("phq-9"))
                        .language())
                .as("a client who has not chosen: the practice's language")
                .isEqualTo(org.mendwell.shared.i18n.Language.ENGLISH);
    }

    @Test
    void the_prospect_names_an_identical_active_assignment_and_whether_a_safety_reason_is_needed() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID checkIn = template("daily-check-in");
        assertThat(assignments.prospect(robin, checkIn).alreadyActive()).isEmpty();
        UUID given = assignments
                .assign(new AssignExercise(robin, checkIn, null, fiveDaysFromToday(), true, null))
                .getFirst()
                .assignmentId();

        var prospect = assignments.prospect(robin, checkIn);

        assertThat(prospect.alreadyActive())
                .extracting(AssignmentSummary::clientId)
                .as("Robin's and her partner Jonas's")
                .containsExactlyInAnyOrder(robin, clientIds.of(Demo.JONAS));
        assertThat(prospect.safetyReasonNeeded())
                .as("Robin's case has no safety flag")
                .isFalse();
        assertThat(assignments
                        .prospect(robin, template("healing-grief-anger-self-doubt"))
                        .alreadyActive())
                .isEmpty();
        assignments.cancel(given);
        assertThat(assignments.prospect(robin, checkIn).alreadyActive())
                .extracting(AssignmentSummary::clientId)
                .as("a cancelled one is no duplicate")
                .containsExactly(clientIds.of(Demo.JONAS));

        UUID priya = clientIds.of(Demo.PRIYA);
        clients.accept(priya, clients.details(priya).version());
        assertThat(assignments.prospect(priya, checkIn).safetyReasonNeeded())
                .as("couples exercise, flagged case")
                .isTrue();
        assertThat(assignments
                        .prospect(priya, template("healing-grief-anger-self-doubt"))
                        .safetyReasonNeeded())
                .as("individual work on a flagged case")
                .isFalse();
    }
}
