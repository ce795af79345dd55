package org.mendwell.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.InviteClient;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellMariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

/** The same migrations and repositories on a real MariaDB server (./mvnw -Pmariadb-tests test). */
@MendwellMariaDbTest
class MariaDbSuiteTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    AccountRepository accounts;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInvitationService inviting;

    @Test
    void runs_on_mariadb_with_every_migration_applied() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
        }
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
    }

    @Test
    void accounts_round_trip_with_their_uuid_and_timestamps() {
        String email = "roundtrip-" + UUID.randomUUID() + "@example.org";
        var saved = accounts.saveAndFlush(new Account(
                email,
                "Round Trip",
                org.mendwell.account.Role.CLINICIAN,
                java.time.Instant.parse("2026-03-29T01:30:00.123456Z")));

        var loaded = accounts.findByEmail(email).orElseThrow();
        assertThat(loaded.getId()).isEqualTo(saved.getId());
        assertThat(loaded.getCreatedAt()).isEqualTo(java.time.Instant.parse("2026-03-29T01:30:00.123456Z"));
        assertThat(loaded.getVersion()).isZero();
    }

    @Autowired
    org.mendwell.intake.IntakeService intakes;

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_submitted_intake_round_trips_with_its_enums_dates_and_ticked_boxes() {
        var priya = clientRecords.findByEmail(Demo.PRIYA).orElseThrow();

        var review = intakes.intakeOf(priya.getId()).orElseThrow();

        assertThat(review.safetyConcern()).isTrue();
        assertThat(review.answers().getSafetyAfraid()).isEqualTo(org.mendwell.intake.IntakeChoices.SafetyAnswer.YES);
        assertThat(review.answers().getSafetyEmotional())
                .isEqualTo(org.mendwell.intake.IntakeChoices.SafetyAnswer.PREFER_NOT_TO_SAY);
        assertThat(review.answers().getTrustBreaches())
                .containsExactlyInAnyOrder(
                        org.mendwell.intake.IntakeChoices.TrustBreach.DISHONESTY,
                        org.mendwell.intake.IntakeChoices.TrustBreach.FEELING_UNHEARD);
        assertThat(review.answers().getDateOfBirth()).isNotNull();
        assertThat(review.consentVersion()).isEqualTo(1);
        assertThat(clients.details(priya.getId()).history())
                .extracting(h -> h.to())
                .containsExactly(
                        org.mendwell.client.ClientStatus.INVITED,
                        org.mendwell.client.ClientStatus.INTAKE_IN_PROGRESS,
                        org.mendwell.client.ClientStatus.INTAKE_SUBMITTED);
    }

    @Autowired
    org.mendwell.homework.ExerciseLibraryService library;

    @Autowired
    org.mendwell.homework.domain.ExerciseTemplateRepository templates;

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_built_in_library_is_stored_with_its_punctuation_intact() {
        var phq9 = library.template(templates.findByKey("phq-9").orElseThrow().getId());

        assertThat(phq9.questions()).hasSize(10);
        assertThat(phq9.questions().get(5).prompt()).contains("\u2014"); // the published em dash survives utf8mb4
        assertThat(library.library(
                                new org.mendwell.homework.LibraryFilter(
                                        "", org.mendwell.homework.ExerciseTerms.Theme.WELLBEING_MEASURE, null),
                                PageRequest.of(0, 10))
                        .getContent())
                .hasSize(2);
    }

    @Autowired
    org.mendwell.homework.AssignmentService assignments;

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void an_assignment_round_trips_with_its_due_times_across_a_clock_change() {
        var robin = clientIds.of(Demo.CLIENT);
        // The next time London's clocks go back (the last Sunday of October): a start in the past is refused.
        var lastSunday = java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY);
        var thisYear = java.time.LocalDate.now().withMonth(10).with(lastSunday);
        var clocksGoBack = thisYear.minusDays(1).isAfter(java.time.LocalDate.now())
                ? thisYear
                : thisYear.plusYears(1).withMonth(10).with(lastSunday);
        var schedule = org.mendwell.homework.ExerciseSchedule.daily(
                clocksGoBack.minusDays(1), null, 3, java.time.LocalTime.of(21, 0));

        var given = assignments.assign(new org.mendwell.homework.AssignExercise(
                robin, templates.findByKey("daily-check-in").orElseThrow().getId(), null, schedule, false, null));

        assertThat(given).singleElement().satisfies(a -> {
            assertThat(a.occurrences()).isEqualTo(3);
            assertThat(a.lastDue()).isEqualTo(clocksGoBack.plusDays(1));
        });
        assertThat(assignments.assignmentsOf(robin))
                .extracting(a -> a.assignmentId())
                .contains(given.getFirst().assignmentId());
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_caseload_query_pages_sorts_and_searches_on_mariadb() {
        String unique = "Zed Mariadb " + UUID.randomUUID().toString().substring(0, 8);
        inviting.invite(InviteClient.individual(unique, "zed-" + UUID.randomUUID() + "@example.org"));

        var search = clients.caseload(CaseloadFilter.text(unique.toUpperCase()), PageRequest.of(0, 10));
        assertThat(search.getContent())
                .singleElement()
                .satisfies(row -> assertThat(row.fullName()).isEqualTo(unique));

        // Three names of our own, so that whatever else other tests left in the shared database (the
        // hostile-input test invites clients with very odd names) cannot change the expected order.
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (String name : new String[] {"Charlie", "alpha", "Bravo"}) {
            inviting.invite(InviteClient.individual(
                    "Sortcheck " + batch + " " + name, "sort-" + batch + "-" + name.toLowerCase() + "@example.org"));
        }
        var sorted =
                clients.caseload(CaseloadFilter.text("Sortcheck " + batch), PageRequest.of(0, 3, Sort.by("fullName")));
        assertThat(sorted.getContent())
                .extracting(row -> row.fullName())
                .containsExactly(
                        "Sortcheck " + batch + " alpha",
                        "Sortcheck " + batch + " Bravo",
                        "Sortcheck " + batch + " Charlie");
        var everyone = clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 1000, Sort.by("fullName")));
        assertThat(clientRecords.findByEmail(Demo.CLIENT_2)).isPresent();
        assertThat(everyone.getContent()).noneMatch(row -> row.email().equals(Demo.CLIENT_2));

        var flagged = clients.caseload(new CaseloadFilter("", null, true), PageRequest.of(0, 10));
        assertThat(flagged.getContent()).extracting(row -> row.fullName()).contains("Priya Nandakumar");
        var couple = clients.caseload(CaseloadFilter.text("robin ashdown"), PageRequest.of(0, 10));
        assertThat(couple.getContent())
                .singleElement()
                .satisfies(row -> assertThat(row.partnerName()).isEqualTo("Jonas Kettering"));
    }
}
