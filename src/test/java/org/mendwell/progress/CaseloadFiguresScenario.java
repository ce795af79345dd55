package org.mendwell.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.progress.CaseloadEntry.Trend;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.CaseloadFixtures;
import org.mendwell.support.Demo;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload's and the practice overview's figures against a small caseload whose every answer is
 * worked out by hand below. Run on H2 ({@link CaseloadFiguresTest}) and on MariaDB
 * ({@link CaseloadFiguresMariaDbTest}), so the one aggregate statement is proven on both.
 *
 * <p>The caseload and its worked answers: {@link CaseloadFixtures#knownCaseload()}.
 */
@Transactional
// The clock and the statement counter, through the progress fixtures' configuration: one application with them.
@Import(ProgressFixtures.Config.class)
abstract class CaseloadFiguresScenario {

    static final Instant NOW = CaseloadFixtures.NOW;
    static final String CLINICIAN = CaseloadFixtures.KNOWN_CLINICIAN;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    @Autowired
    CaseloadOverviewService caseload;

    @Autowired
    PracticeOverviewService practice;

    @Autowired
    ClientService clients;

    UUID clinician;
    UUID ada;
    UUID ben;
    UUID cara;
    UUID dan;
    UUID eve;

    @BeforeEach
    void aCaseloadWithKnownAnswers() {
        clock.pin(NOW);
        var known = new CaseloadFixtures(jdbc).knownCaseload();
        clinician = known.clinician();
        ada = known.ada();
        ben = known.ben();
        cara = known.cara();
        dan = known.dan();
        eve = known.eve();
        signIn.as(CLINICIAN);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    private List<CaseloadEntry> all(Sort sort) {
        return caseload.page(CaseloadFilter.NONE, PageRequest.of(0, 50, sort));
    }

    private CaseloadEntry row(UUID client) {
        return all(Sort.unsorted()).stream()
                .filter(r -> r.clientId().equals(client))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> firstNames(List<CaseloadEntry> rows) {
        return rows.stream().map(r -> r.fullName().split(" ")[0]).toList();
    }

    @Test
    void completion_counts_what_was_due_in_the_last_30_days_including_now_and_excluding_exactly_30_days_ago() {
        var adaRow = row(ada);
        assertThat(adaRow.dueLast30Days())
                .as("30 days + 1 s ago, 2 days, 1 day, now; paused but submitted")
                .isEqualTo(5);
        assertThat(adaRow.submittedLast30Days()).isEqualTo(3);
        assertThat(adaRow.completionRate()).isEqualTo(0.6);

        var caraRow = row(cara);
        assertThat(caraRow.dueLast30Days()).isEqualTo(6);
        assertThat(caraRow.submittedLast30Days()).isEqualTo(3);
        assertThat(caraRow.completionRate()).isEqualTo(0.5);

        assertThat(row(dan).completionRate()).isEqualTo(1.0);
    }

    @Test
    void paused_work_counts_only_when_submitted_and_cancelled_work_never_counts() {
        var benRow = row(ben);
        assertThat(benRow.dueLast30Days()).isZero();
        assertThat(benRow.completionRate())
                .as("nothing due is no rate, not 0 % or 100 %")
                .isNull();
        assertThat(benRow.overdue()).as("a paused exercise is not overdue").isZero();
        assertThat(benRow.activeAssignments()).isZero();

        assertThat(row(ada).activeAssignments())
                .as("not the paused or cancelled one")
                .isEqualTo(1);
        assertThat(row(eve).completionRate()).isNull();
    }

    @Test
    void overdue_is_open_work_of_active_assignments_whose_due_moment_has_passed_however_long_ago() {
        assertThat(row(ada).overdue())
                .as("40 days ago, 2 days ago and now; not in an hour, not the paused one")
                .isEqualTo(3);
        assertThat(row(cara).overdue()).isEqualTo(3);
        assertThat(row(dan).overdue()).isZero();
    }

    @Test
    void unreviewed_counts_submitted_work_without_a_review_and_never_drafts() {
        assertThat(row(ada).unreviewed()).isEqualTo(3);
        assertThat(row(cara).unreviewed())
                .as("all reviewed; the draft is not submitted")
                .isZero();
        assertThat(row(dan).unreviewed()).isEqualTo(1);
    }

    @Test
    void last_activity_is_the_latest_save_or_submit_and_a_draft_counts() {
        assertThat(row(ada).lastActivity()).isEqualTo(NOW.minus(hours(1)));
        assertThat(row(cara).lastActivity()).isEqualTo(NOW.minus(days(1)));
        assertThat(row(dan).lastActivity()).isEqualTo(NOW.minus(days(6)).plus(hours(1)));
        assertThat(row(ben).lastActivity()).isNull();
    }

    @Test
    void the_trust_scale_shows_the_latest_submitted_answer_and_its_trend_against_the_four_weeks_before() {
        var adaRow = row(ada);
        assertThat(adaRow.mainScaleLatest()).isEqualTo(8);
        assertThat(adaRow.mainScaleTrend())
                .as("8 against 6; the 10 is older than four weeks")
                .isEqualTo(Trend.UP);

        var caraRow = row(cara);
        assertThat(caraRow.mainScaleLatest())
                .as("the draft's 10 is not submitted")
                .isEqualTo(3);
        assertThat(caraRow.mainScaleTrend())
                .as("3 against (5 + 4 + 0) / 3, the 0 exactly four weeks earlier")
                .isEqualTo(Trend.FLAT);

        assertThat(row(dan).mainScaleLatest()).isEqualTo(7);
        assertThat(row(dan).mainScaleTrend()).as("no earlier answers, no trend").isNull();
        assertThat(row(ben).mainScaleLatest()).isNull();
    }

    @Test
    void trend_needs_a_whole_point_either_way() {
        assertThat(Trend.of(8, 6, 1)).isEqualTo(Trend.UP);
        assertThat(Trend.of(7, 13, 2)).as("7 against 6.5").isEqualTo(Trend.FLAT);
        assertThat(Trend.of(5, 12, 2)).as("5 against 6").isEqualTo(Trend.DOWN);
        assertThat(Trend.of(5, 11, 2)).as("5 against 5.5").isEqualTo(Trend.FLAT);
        assertThat(Trend.of(null, 0, 0)).isNull();
    }

    @Test
    void the_row_shows_partner_status_flag_and_risk_alert() {
        assertThat(row(cara).partnerName()).isEqualTo("Dan Marlowe");
        assertThat(row(dan).partnerName()).isEqualTo("Cara Marlowe");
        assertThat(row(ada).partnerName()).isNull();
        assertThat(row(ben).safetyFlag()).isTrue();
        assertThat(row(dan).riskAlert()).isTrue();
        assertThat(row(eve).status()).isEqualTo(ClientStatus.INVITED);
    }

    @Test
    void every_column_sorts_in_the_database_with_missing_figures_last_both_ways() {
        assertThat(firstNames(all(Sort.by(Sort.Direction.ASC, "completionRate"))))
                .containsExactly("Cara", "Ada", "Dan", "Ben", "Eve");
        assertThat(firstNames(all(Sort.by(Sort.Direction.DESC, "completionRate"))))
                .containsExactly("Dan", "Ada", "Cara", "Ben", "Eve");
        assertThat(firstNames(all(Sort.by(Sort.Direction.ASC, "mainScale"))))
                .containsExactly("Cara", "Dan", "Ada", "Ben", "Eve");
        assertThat(firstNames(all(Sort.by(Sort.Direction.DESC, "lastActivity"))))
                .containsExactly("Ada", "Cara", "Dan", "Ben", "Eve");
        assertThat(firstNames(all(Sort.by(Sort.Direction.DESC, "unreviewed"))))
                .containsExactly("Ada", "Dan", "Ben", "Cara", "Eve");
        assertThat(firstNames(all(Sort.by(Sort.Direction.DESC, "overdue"))))
                .as("ties by name")
                .containsExactly("Ada", "Cara", "Ben", "Dan", "Eve");
        assertThat(firstNames(all(Sort.by(Sort.Direction.DESC, "activeAssignments"))))
                .containsExactly("Ada", "Cara", "Dan", "Ben", "Eve");
        assertThat(firstNames(all(Sort.by(Sort.Direction.ASC, "status"))))
                .as("lifecycle order, invited first")
                .containsExactly("Eve", "Ada", "Ben", "Cara", "Dan");
        assertThat(firstNames(all(Sort.by(Sort.Direction.DESC, "safety"))))
                .as("risk alert, then safety flag")
                .containsExactly("Dan", "Ben", "Ada", "Cara", "Eve");
        assertThat(firstNames(all(Sort.by(Sort.Direction.DESC, "fullName"))))
                .containsExactly("Eve", "Dan", "Cara", "Ben", "Ada");
        assertThat(firstNames(all(Sort.by(Sort.Order.desc("overdue"), Sort.Order.desc("unreviewed")))))
                .as("two keys")
                .containsExactly("Ada", "Cara", "Dan", "Ben", "Eve");
        for (String key : List.of("email", "since")) {
            assertThat(all(Sort.by(key))).as(key).hasSize(5);
        }
    }

    @Test
    void a_sort_key_the_grid_does_not_offer_is_refused_and_never_reaches_the_sql() {
        assertThatThrownBy(() -> all(Sort.by("full_name; drop table client")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> all(Sort.by("clinician_id"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void filters_and_pages_run_in_the_database_and_the_count_matches() {
        var active = new CaseloadFilter("", ClientStatus.ACTIVE, false);
        assertThat(firstNames(caseload.page(active, PageRequest.of(0, 50, Sort.by("fullName")))))
                .containsExactly("Ada", "Ben", "Cara", "Dan");
        assertThat(caseload.count(active)).isEqualTo(4);

        var attention = new CaseloadFilter("", null, true);
        assertThat(firstNames(caseload.page(attention, PageRequest.of(0, 50, Sort.by("fullName")))))
                .containsExactly("Ben", "Dan");
        assertThat(caseload.count(attention)).isEqualTo(2);

        var text = CaseloadFilter.text("  CARA mar ");
        assertThat(firstNames(caseload.page(text, PageRequest.of(0, 50)))).containsExactly("Cara");
        assertThat(caseload.count(CaseloadFilter.text("%")))
                .as("% is typed text, not a wildcard")
                .isZero();

        assertThat(firstNames(caseload.page(CaseloadFilter.NONE, PageRequest.of(1, 2, Sort.by("fullName")))))
                .containsExactly("Cara", "Dan");
        assertThat(firstNames(caseload.page(CaseloadFilter.NONE, PageRequest.of(2, 2, Sort.by("fullName")))))
                .containsExactly("Eve");
        assertThat(caseload.count(CaseloadFilter.NONE)).isEqualTo(5);
    }

    @Test
    void the_pickers_and_the_figures_grid_let_the_same_clients_through_for_every_filter() {
        for (String text : List.of("", "  CARA mar ", "example", "%")) {
            for (ClientStatus status : new ClientStatus[] {null, ClientStatus.ACTIVE, ClientStatus.DISCHARGED}) {
                for (boolean needsAttentionOnly : new boolean[] {false, true}) {
                    for (boolean unpairedOnly : new boolean[] {false, true}) {
                        var filter = new CaseloadFilter(text, status, needsAttentionOnly, unpairedOnly);
                        var figures = caseload.page(filter, PageRequest.of(0, 50, Sort.by("fullName")));
                        var picker = clients.caseload(filter, PageRequest.of(0, 50, Sort.by("fullName")));
                        assertThat(picker.getContent())
                                .as(filter.toString())
                                .extracting(CaseloadRow::clientId)
                                .containsExactlyElementsOf(figures.stream()
                                        .map(CaseloadEntry::clientId)
                                        .toList());
                        assertThat(picker.getTotalElements())
                                .as(filter.toString())
                                .isEqualTo(caseload.count(filter));
                    }
                }
            }
        }
        assertThat(clients.caseload(new CaseloadFilter("", null, true), PageRequest.of(0, 50))
                        .getContent())
                .as("the filter is not vacuous")
                .extracting(CaseloadRow::clientId)
                .containsExactlyInAnyOrder(ben, dan);
    }

    @Test
    void a_page_is_one_statement_and_its_count_one_more() {
        StatementCounter.reset();
        var page = caseload.page(
                new CaseloadFilter("marlowe", null, false),
                PageRequest.of(0, 3, Sort.by(Sort.Order.desc("completionRate"), Sort.Order.asc("mainScale"))));
        assertThat(page).hasSize(3);
        assertThat(StatementCounter.sentForTheData()).as("the page").hasSize(1);
        assertThat(StatementCounter.sentToTheAuditTrail())
                .as("the page's audit entry")
                .hasSize(3);

        StatementCounter.reset();
        assertThat(caseload.count(new CaseloadFilter("marlowe", null, false))).isEqualTo(5);
        assertThat(StatementCounter.sent())
                .as("the count (not audited: no record)")
                .hasSize(1);
    }

    @Test
    void a_clinicians_caseload_never_includes_another_clinicians_clients() {
        assertThat(all(Sort.by("fullName")))
                .extracting(CaseloadEntry::email)
                .noneMatch(e -> e.endsWith("@mendwell.example"));
        assertThat(caseload.count(CaseloadFilter.text("robin"))).isZero();

        signIn.as(Demo.CLINICIAN);
        var theirs = caseload.page(CaseloadFilter.NONE, PageRequest.of(0, 100));
        assertThat(theirs)
                .extracting(CaseloadEntry::email)
                .contains(Demo.CLIENT)
                .doesNotContain(Demo.CLIENT_2)
                .noneMatch(e -> e.endsWith("@figures.example"));
        assertThat(caseload.count(CaseloadFilter.text("marlowe"))).isZero();
    }

    @Test
    void only_clinicians_may_read_a_caseload() {
        for (String someoneElse : List.of(Demo.ADMIN, Demo.CLIENT)) {
            signIn.as(someoneElse);
            assertThatThrownBy(() -> caseload.page(CaseloadFilter.NONE, PageRequest.of(0, 10)))
                    .as(someoneElse)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> caseload.count(CaseloadFilter.NONE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> caseload.saveDefaultFilter(CaseloadFilter.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_default_filter_is_each_clinicians_own_and_a_new_save_replaces_it() {
        assertThat(caseload.defaultFilter()).isEqualTo(CaseloadFilter.NONE);

        caseload.saveDefaultFilter(new CaseloadFilter("marlowe", ClientStatus.ACTIVE, true));
        assertThat(caseload.defaultFilter()).isEqualTo(new CaseloadFilter("marlowe", ClientStatus.ACTIVE, true));
        caseload.saveDefaultFilter(new CaseloadFilter("", null, true));
        assertThat(caseload.defaultFilter()).isEqualTo(new CaseloadFilter("", null, true));

        signIn.as(Demo.CLINICIAN);
        assertThat(caseload.defaultFilter()).as("another clinician's").isEqualTo(CaseloadFilter.NONE);
    }

    @Test
    void an_over_long_search_is_refused_with_a_message_for_the_field() {
        assertThatThrownBy(() -> caseload.saveDefaultFilter(CaseloadFilter.text("x".repeat(121))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("text"));
    }

    @Test
    void the_practice_overview_counts_each_clinicians_clients_together() {
        signIn.as(Demo.ADMIN);

        var figures = practice.perClinician().stream()
                .filter(c -> c.clinicianId().equals(clinician))
                .findFirst()
                .orElseThrow();

        assertThat(figures.clinicianName()).isEqualTo("Dr. Fig Figures");
        assertThat(figures.activeClients()).as("not the invited one").isEqualTo(4);
        assertThat(figures.dueLast30Days()).as("5 + 6 + 1").isEqualTo(12);
        assertThat(figures.submittedLast30Days()).as("3 + 3 + 1").isEqualTo(7);
        assertThat(figures.overdue()).as("3 + 3").isEqualTo(6);
        assertThat(practice.perClinician())
                .extracting(ClinicianOverview::clinicianName)
                .contains("Dr. Mira Castell", "Dr. Tomas Lindqvist");
    }

    @Test
    void only_the_administrator_may_read_the_practice_overview() {
        for (String someoneElse : List.of(CLINICIAN, Demo.CLINICIAN, Demo.CLIENT)) {
            signIn.as(someoneElse);
            assertThatThrownBy(() -> practice.perClinician()).as(someoneElse).isInstanceOf(AccessDeniedException.class);
        }
    }
}
