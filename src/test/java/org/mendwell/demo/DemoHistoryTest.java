package org.mendwell.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.ClientDetails;
import org.mendwell.client.ClientService;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.MyExercises;
import org.mendwell.homework.ReviewService;
import org.mendwell.progress.CaseloadEntry;
import org.mendwell.progress.CaseloadOverviewService;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo practice with its weeks of homework, as `spring-boot:run` shows it. */
@SpringBootTest(properties = "mendwell.demo.history=true")
@ActiveProfiles("test")
class DemoHistoryTest {

    @Autowired
    SignIn signIn;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    ReviewService reviews;

    @Autowired
    ClientService clients;

    @Autowired
    Clock clock;

    @Autowired
    CaseloadOverviewService caseload;

    @Test
    void every_active_client_has_weeks_of_done_exercises_and_more_to_come() {
        for (String client : List.of(Demo.CLIENT, Demo.JONAS, Demo.HANA, Demo.SAMUEL, Demo.OSKAR, Demo.CLIENT_2)) {
            signIn.as(client);
            MyExercises mine = assignments.myExercises();
            assertThat(mine.completed()).as(client).hasSizeGreaterThanOrEqualTo(2);
            assertThat(mine.completed().getLast().submittedAt())
                    .as(client + ": the oldest is weeks old")
                    .isBefore(Instant.now().minus(Duration.ofDays(12)));
            assertThat(mine.today().size() + mine.upcoming().size()).as(client).isPositive();
        }
        signIn.as(Demo.OSKAR);
        assertThat(assignments.myExercises().overdue())
                .as("Oskar let the last days slip")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void clinicians_have_feedback_given_and_submissions_waiting_and_a_risk_alert_to_follow_up() {
        signIn.as(Demo.CLIENT);
        assertThat(assignments.myExercises().completed().stream()
                        .flatMap(e -> completion.myExercise(e.occurrenceId()).comments().stream()))
                .as("feedback from the clinician")
                .anySatisfy(c -> assertThat(c.fromClinician()).isTrue());

        signIn.as(Demo.CLINICIAN);
        assertThat(reviews.unreviewedTotal()).isPositive();
        var flagged = clients.caseload(new CaseloadFilter("", null, true), PageRequest.of(0, 20))
                .getContent();
        assertThat(flagged).anySatisfy(row -> {
            assertThat(row.fullName()).isEqualTo("Hana Morikawa");
            assertThat(row.riskAlert()).isTrue();
        });
    }

    @Test
    void the_caseload_shows_the_demo_weeks_as_figures() {
        signIn.as(Demo.CLINICIAN);
        var rows = caseload.page(CaseloadFilter.NONE, PageRequest.of(0, 50));

        CaseloadEntry robin = rows.stream()
                .filter(r -> r.email().equals(Demo.CLIENT))
                .findFirst()
                .orElseThrow();
        assertThat(robin.activeAssignments()).isPositive();
        assertThat(robin.completionRate()).isNotNull().isPositive();
        assertThat(robin.lastActivity()).isNotNull().isAfter(Instant.now().minus(Duration.ofDays(3)));
        assertThat(robin.mainScaleLatest()).as("Robin does the daily check-in").isBetween(0, 10);
        assertThat(robin.mainScaleTrend()).isNotNull();
        assertThat(rows)
                .filteredOn(r -> r.email().equals(Demo.OSKAR))
                .singleElement()
                .satisfies(oskar -> assertThat(oskar.overdue())
                        .as("Oskar let the last days slip")
                        .isGreaterThanOrEqualTo(3));
        assertThat(rows.stream().mapToInt(CaseloadEntry::unreviewed).sum()).isEqualTo(reviews.unreviewedTotal());
    }

    @Autowired
    ClientIds clientIds;

    /** Real use: Jonas, with weeks of homework behind him, showed "Client since" today. */
    @Test
    void clients_with_weeks_of_history_became_clients_before_it_in_the_order_of_their_status_changes() {
        Instant historyBegan = Instant.now().minus(Duration.ofDays(7L * DemoHistory.WEEKS));
        signIn.as(Demo.CLINICIAN);
        for (String email : List.of(Demo.CLIENT, Demo.JONAS, Demo.HANA, Demo.SAMUEL, Demo.OSKAR)) {
            var details = clients.details(clientIds.of(email));
            assertThat(details.since()).as(email + ": client since").isBefore(historyBegan);
            assertThat(details.history())
                    .as(email + ": invited, then in intake, then active, all before the history")
                    .extracting(ClientDetails.StatusChange::at)
                    .allSatisfy(at -> assertThat(at).isBefore(historyBegan))
                    .isSorted();
        }
        var rows = clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 50)).getContent();
        assertThat(rows)
                .filteredOn(row -> row.email().equals(Demo.JONAS))
                .singleElement()
                .satisfies(jonas -> assertThat(jonas.since()).isBefore(historyBegan));
        assertThat(rows)
                .filteredOn(row -> row.email().equals(Demo.ELENA))
                .singleElement()
                .satisfies(elena -> assertThat(elena.since())
                        .as("a client without history joined when the demo was seeded")
                        .isAfter(historyBegan));
    }

    @Test
    void robin_shared_a_check_in_with_jonas_and_the_clock_is_back_to_now() {
        signIn.as(Demo.JONAS);
        assertThat(completion.sharedWithMe())
                .singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Daily check-in"));

        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
