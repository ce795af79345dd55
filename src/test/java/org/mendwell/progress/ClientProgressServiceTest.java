package org.mendwell.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mendwell.progress.ProgressFixtures.day;

import java.io.IOException;
import java.io.StringWriter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.MyLanguageService;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.MeasureScore.Severity;
import org.mendwell.progress.ClientProgress.WeekCompletion;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Language;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every progress figure against Aroha's ten days (see {@link ProgressFixtures}), worked out by hand:
 *
 * <p>Week of Monday 1 February (Auckland): 7 check-ins, the PHQ-9 of the 2nd, the GAD-7 of the 3rd and
 * the grief exercise of the 4th were due: 10; done: check-ins of the 1st, 2nd, 4th, 6th and 7th and the
 * other three: 8. The cancelled reflection and the paused, never-done weekly progress do not count.
 * Week of the 8th, up to Wednesday the 10th at noon: check-ins of the 8th, 9th and 10th and the PHQ-9
 * of the 9th: 4 due, 4 done. In UTC the first check-in (Monday 08:00) would fall in the week before.
 */
@MendwellTest
@Transactional
@Import(ProgressFixtures.Config.class)
class ClientProgressServiceTest {

    @Autowired
    ProgressFixtures fixtures;

    @Autowired
    ClientProgressService progress;

    @Autowired
    SignIn signIn;

    @Autowired
    MyLanguageService myLanguage;

    @Autowired
    ClientIds clientIds;

    UUID aroha;

    @BeforeEach
    void history() {
        aroha = fixtures.arohaWithHistory();
        signIn.as(Demo.CLINICIAN);
    }

    @Test
    void completion_counts_each_local_week_from_monday_and_leaves_out_cancelled_and_paused_work() {
        ClientProgress figures = progress.progressOf(aroha);

        assertThat(figures.zone()).isEqualTo(ProgressFixtures.AUCKLAND);
        assertThat(figures.weeks())
                .containsExactly(new WeekCompletion(day(1), 10, 8), new WeekCompletion(day(8), 4, 4));
        assertThat(figures.weeks()).extracting(WeekCompletion::percent).containsExactly(80, 100);
    }

    @Test
    void a_week_with_nothing_due_has_no_rate_rather_than_zero() {
        fixtures.setClock(ProgressFixtures.at(day(22), 12, 0));

        var weeks = progress.progressOf(aroha).weeks();

        assertThat(weeks).hasSize(4);
        assertThat(weeks.get(1)).as("the 11th and 12th now missed").isEqualTo(new WeekCompletion(day(8), 6, 4));
        assertThat(weeks.get(2)).isEqualTo(new WeekCompletion(day(15), 0, 0));
        assertThat(weeks.get(2).percent()).isNull();
    }

    @Test
    void each_scale_is_a_line_with_a_gap_where_nothing_was_submitted() {
        var charts = progress.progressOf(aroha).scaleCharts();

        assertThat(charts)
                .extracting(ScaleChart::exercise)
                .containsExactly("Daily check-in", "Making room for grief, anger and self-doubt");
        ScaleChart checkIn = charts.getFirst();
        assertThat(checkIn.days())
                .containsExactly(day(1), day(2), day(3), day(4), day(5), day(6), day(7), day(8), day(9), day(10));
        assertThat(checkIn.series())
                .extracting(ScaleChart.Series::question)
                .containsExactly("Safety", "Trust", "Hope", "Closeness");
        assertThat(checkIn.series().get(1).values()).containsExactly(3, 4, null, 5, null, 6, 6, 7, 7, 8);
        assertThat(checkIn.series().get(3).values()).containsExactly(5, 6, null, 7, null, 8, 8, 9, 9, 10);
        ScaleChart grief = charts.get(1);
        assertThat(grief.days()).containsExactly(day(4));
        assertThat(grief.series()).singleElement().satisfies(s -> {
            assertThat(s.question()).startsWith("How kind have you been to yourself");
            assertThat(s.values()).containsExactly(4);
        });
    }

    @Test
    void measure_totals_come_in_order_with_their_severity_and_the_bands_cover_every_total() {
        var measures = progress.progressOf(aroha).measures();

        assertThat(measures).extracting(MeasureSeries::measure).containsExactly(Measure.PHQ9, Measure.GAD7);
        assertThat(measures.getFirst().points())
                .extracting(p -> tuple(p.submittedAt().truncatedTo(ChronoUnit.MINUTES), p.total(), p.severity()))
                .containsExactly(
                        tuple(ProgressFixtures.at(day(2), 20, 0), 12, Severity.MODERATE),
                        tuple(ProgressFixtures.at(day(9), 20, 30), 7, Severity.MILD));
        assertThat(measures.get(1).points())
                .extracting(p -> tuple(p.submittedAt().truncatedTo(ChronoUnit.MINUTES), p.total(), p.severity()))
                .containsExactly(tuple(ProgressFixtures.at(day(3), 20, 0), 6, Severity.MILD));
        assertThat(measures.getFirst().bands())
                .containsExactly(
                        new MeasureSeries.Band(Severity.MINIMAL, 0, 4),
                        new MeasureSeries.Band(Severity.MILD, 5, 9),
                        new MeasureSeries.Band(Severity.MODERATE, 10, 14),
                        new MeasureSeries.Band(Severity.MODERATELY_SEVERE, 15, 19),
                        new MeasureSeries.Band(Severity.SEVERE, 20, 27));
        assertThat(measures.get(1).bands()).extracting(MeasureSeries.Band::to).containsExactly(4, 9, 14, 21);
    }

    @Test
    void the_occurrence_grid_filters_sorts_and_pages_in_the_database() {
        assertThat(progress.countOccurrencesOf(aroha, OccurrenceFilter.NONE)).isEqualTo(18);
        assertThat(Arrays.stream(OccurrenceState.values())
                        .map(s -> progress.countOccurrencesOf(aroha, new OccurrenceFilter("", s)))
                        .toList())
                .as("on time, late, not done, not due yet, paused, cancelled")
                .containsExactly(9L, 3L, 2L, 2L, 1L, 1L);
        assertThat(progress.countOccurrencesOf(aroha, new OccurrenceFilter("CHECK-in", null)))
                .isEqualTo(12);

        var late = progress.occurrencesOf(
                aroha, new OccurrenceFilter("", OccurrenceState.LATE), PageRequest.of(0, 10, Sort.by("due")));
        assertThat(late)
                .extracting(OccurrenceRow::exercise)
                .as("the 4th's grief exercise, the check-ins of the 7th " + "and the 9th")
                .containsExactly("Making room for grief, anger and self-doubt", "Daily check-in", "Daily check-in");
        assertThat(late.getFirst().dueAt())
                .isEqualTo(ProgressFixtures.at(day(4), 21, 0))
                .as("sorted by due, ascending");

        var firstPage = progress.occurrencesOf(
                aroha, OccurrenceFilter.NONE, PageRequest.of(0, 5, Sort.by(Sort.Order.desc("due"))));
        var secondPage = progress.occurrencesOf(
                aroha, OccurrenceFilter.NONE, PageRequest.of(1, 5, Sort.by(Sort.Order.desc("due"))));
        assertThat(firstPage).hasSize(5).first().satisfies(row -> {
            assertThat(row.dueAt()).isEqualTo(ProgressFixtures.at(day(12), 8, 0));
            assertThat(row.state()).isEqualTo(OccurrenceState.NOT_YET_DUE);
        });
        assertThat(secondPage).hasSize(5).doesNotContainAnyElementsOf(firstPage);
        assertThat(firstPage.getLast().dueAt())
                .isAfterOrEqualTo(secondPage.getFirst().dueAt());

        var reviewed = progress.occurrencesOf(
                aroha,
                new OccurrenceFilter("check", OccurrenceState.LATE),
                PageRequest.of(0, 5, Sort.by(Sort.Order.desc("due"))));
        assertThat(reviewed.getFirst().reviewedAt())
                .as("feedback on the 9th's check-in")
                .isNotNull();
        assertThat(reviewed.getFirst().scales())
                .extracting(OccurrenceRow.ScaleValue::question, OccurrenceRow.ScaleValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Safety", 6),
                        org.assertj.core.groups.Tuple.tuple("Trust", 7),
                        org.assertj.core.groups.Tuple.tuple("Hope", 8),
                        org.assertj.core.groups.Tuple.tuple("Closeness", 9));
    }

    @Test
    void the_grid_refuses_to_sort_by_anything_it_does_not_know() {
        assertThatThrownBy(() -> progress.occurrencesOf(
                        aroha, OccurrenceFilter.NONE, PageRequest.of(0, 5, Sort.by("title; drop table client"))))
                .isInstanceOf(org.mendwell.shared.InvalidInputException.class);
    }

    @Test
    void a_clinician_reading_in_spanish_sees_the_scales_of_a_built_in_exercise_answered_in_english_named_in_spanish()
            throws IOException {
        myLanguage.choose(Language.SPANISH);

        ScaleChart checkIn = progress.progressOf(aroha).scaleCharts().stream()
                .filter(chart -> chart.exercise().equals("Registro diario"))
                .findFirst()
                .orElseThrow();
        assertThat(checkIn.series())
                .extracting(ScaleChart.Series::question)
                .containsExactly("Seguridad", "Confianza", "Esperanza", "Cercanía");
        assertThat(checkIn.series().get(1).values()).containsExactly(3, 4, null, 5, null, 6, 6, 7, 7, 8);
        var firstCheckIn = progress.occurrencesOf(aroha, OccurrenceFilter.NONE, PageRequest.of(0, 50)).stream()
                .filter(row -> !row.scales().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(firstCheckIn.scales())
                .extracting(OccurrenceRow.ScaleValue::question)
                .containsExactly("Seguridad", "Confianza", "Esperanza", "Cercanía");
        var out = new StringWriter();
        progress.exportCsv(aroha, out);
        assertThat(out.toString().lines().findFirst().orElseThrow())
                .contains(",Seguridad,Confianza,Esperanza,Cercanía,");
    }

    @Test
    void the_csv_has_one_row_per_occurrence_and_a_column_per_scale() throws IOException {
        var out = new StringWriter();
        progress.exportCsv(aroha, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(19);
        assertThat(lines.getFirst())
                .as("due on Aroha's clock; done and reviewed on the clinician's (the practice's, London, here)")
                .startsWith("\uFEFFExercise,\"Due (New Zealand Time, Auckland)\",State,"
                        + "Completed (London Time),Reviewed by clinician (London Time),"
                        + "Questionnaire total score,Safety,Trust,Hope,Closeness,");
        assertThat(lines.get(1))
                .as("done at 07:30 on 1 February in Auckland: 18:30 the evening before in London")
                .isEqualTo("Daily check-in,2027-02-01 08:00,Done on time,2027-01-31 18:30,,,2,3,4,5,");
    }

    /**
     * Issue 16 exploration: a Spanish prompt longer than a grid cell's 48 characters was cut in the CSV header too
     * ("¿Cuánta amabilidad ha tenido consigo esta seman…"); a spreadsheet column can carry the whole question.
     */
    @Test
    void a_csv_header_names_a_long_scale_question_whole_while_the_grid_cell_shortens_it() throws IOException {
        myLanguage.choose(Language.SPANISH);
        String whole = "¿Cuánta amabilidad ha tenido consigo esta semana?";

        var out = new StringWriter();
        progress.exportCsv(aroha, out);

        List<String> header = CSVFormat.RFC4180
                .parse(new java.io.StringReader(
                        out.toString().lines().findFirst().orElseThrow()))
                .getRecords()
                .getFirst()
                .toList();
        assertThat(header).contains(whole).noneMatch(column -> column.endsWith("…"));
        var grief = progress.occurrencesOf(aroha, OccurrenceFilter.NONE, PageRequest.of(0, 50)).stream()
                .flatMap(row -> row.scales().stream())
                .filter(scale -> scale.question().equals(whole))
                .findFirst()
                .orElseThrow();
        assertThat(grief.label()).isEqualTo("¿Cuánta amabilidad ha tenido consigo esta seman…");
    }

    @Test
    void the_client_sees_their_week_their_streak_their_scales_and_the_latest_feedback() {
        signIn.as(ProgressFixtures.AROHA);

        MyProgress mine = progress.myProgress();

        assertThat(mine.doneThisWeek())
                .as("check-ins of the 8th, 9th, 10th and the PHQ-9 of the 9th")
                .isEqualTo(4);
        assertThat(mine.doneOverall()).isEqualTo(12);
        assertThat(mine.streakDays()).as("the 6th to the 10th, Auckland days").isEqualTo(5);
        assertThat(mine.scaleCharts())
                .extracting(ScaleChart::exercise)
                .containsExactly("Daily check-in", "Making room for grief, anger and self-doubt");
        assertThat(mine.latestFeedback())
                .isEqualTo(new MyProgress.Feedback(
                        "Daily check-in", "en", "You kept going on a hard day. That counts.", day(10)));
    }

    @Test
    void a_streak_still_counts_until_today_is_over_and_is_gone_the_day_after_a_missed_one() {
        signIn.as(ProgressFixtures.AROHA);

        fixtures.setClock(ProgressFixtures.at(day(11), 23, 0));
        assertThat(progress.myProgress().streakDays())
                .as("today's check-in not done yet")
                .isEqualTo(5);

        fixtures.setClock(ProgressFixtures.at(day(12), 0, 30));
        assertThat(progress.myProgress().streakDays()).isZero();
    }

    @Test
    void another_clinician_gets_nothing_of_the_client() {
        signIn.as(Demo.CLINICIAN_2);

        assertThatThrownBy(() -> progress.progressOf(aroha)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress.occurrencesOf(aroha, OccurrenceFilter.NONE, PageRequest.of(0, 5)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress.countOccurrencesOf(aroha, OccurrenceFilter.NONE))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress.exportCsv(aroha, new StringWriter()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    /** Aroha's marks, to look for elsewhere: her first week, her check-in days, her first PHQ-9. */
    private static void assertNothingOfArohas(
            List<ClientProgress.WeekCompletion> weeks, List<ScaleChart> charts, List<MeasureSeries> measures) {
        assertThat(weeks).extracting(WeekCompletion::weekStart).doesNotContain(day(1), day(8));
        assertThat(charts).flatExtracting(ScaleChart::days).doesNotContain(day(1), day(2), day(4), day(10));
        assertThat(measures)
                .flatExtracting(MeasureSeries::points)
                .extracting(p -> p.submittedAt().truncatedTo(ChronoUnit.MINUTES))
                .doesNotContain(
                        ProgressFixtures.at(day(2), 20, 0),
                        ProgressFixtures.at(day(3), 20, 0),
                        ProgressFixtures.at(day(9), 20, 30));
    }

    /**
     * Casey's own weekly exercise may fall due in Aroha's weeks (the demo history's schedule runs on with the
     * calendar, and the test clock stands in February 2027): a week of hers is Aroha's only if Aroha's work is counted
     * in it, which would make it hold at least as much due work as Aroha's own week.
     */
    @Test
    void another_clinicians_charts_hold_only_their_own_clients_work() {
        var arohasDue = progress.progressOf(aroha).weeks().stream()
                .collect(java.util.stream.Collectors.toMap(WeekCompletion::weekStart, WeekCompletion::due));
        assertThat(arohasDue).containsKeys(day(1), day(8));
        assertThat(arohasDue.get(day(1)))
                .as("Aroha's first week: more than one weekly exercise")
                .isGreaterThan(1);
        signIn.as(Demo.CLINICIAN_2);

        ClientProgress casey = progress.progressOf(clientIds.of(Demo.CLIENT_2));

        assertThat(casey.weeks())
                .allSatisfy(week -> assertThat(week.due())
                        .as("due work in the week of %s", week.weekStart())
                        .isLessThan(arohasDue.getOrDefault(week.weekStart(), Integer.MAX_VALUE)));
        assertNothingOfArohas(List.of(), casey.scaleCharts(), casey.measures());
    }

    @Test
    void a_client_cannot_ask_for_anyones_progress_by_id_and_sees_only_their_own() {
        signIn.as(ProgressFixtures.AROHA);
        assertThatThrownBy(() -> progress.progressOf(aroha)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.occurrencesOf(aroha, OccurrenceFilter.NONE, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(Demo.CLIENT);
        MyProgress robin = progress.myProgress();
        assertNothingOfArohas(List.of(), robin.scaleCharts(), List.of());
        assertThat(robin.latestFeedback())
                .as("Aroha's clinician's words are hers")
                .satisfiesAnyOf(
                        f -> assertThat(f).isNull(),
                        f -> assertThat(f.text()).isNotEqualTo("You kept going on a hard day. That counts."));
    }

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    /** Counted as a page would be read: nothing already loaded by the fixtures in this test's transaction. */
    private int statementsFor(Runnable read) {
        entityManager.clear();
        StatementCounter.reset();
        read.run();
        // The data's statements; the audit entry for the read adds its own fixed three.
        return StatementCounter.sentForTheData().size();
    }

    @Test
    void each_figure_costs_one_statement_however_much_history_there_is() {
        UUID hana = clientIds.of(Demo.HANA);

        int withHistory = statementsFor(() -> progress.progressOf(aroha));
        int without = statementsFor(() -> progress.progressOf(hana));
        int gridPage = statementsFor(() -> progress.occurrencesOf(aroha, OccurrenceFilter.NONE, PageRequest.of(0, 25)));
        int gridCount = statementsFor(() -> progress.countOccurrencesOf(aroha, OccurrenceFilter.NONE));
        signIn.as(ProgressFixtures.AROHA);
        int mine = statementsFor(() -> progress.myProgress());
        System.out.printf(
                "Statements: clinician's figures %d (no history: %d), grid page %d, grid count %d, "
                        + "client's own page %d%n",
                withHistory, without, gridPage, gridCount, mine);

        assertThat(withHistory)
                .as("the figures, and the reader's language (read from their account here, with no page open)")
                .isEqualTo(without)
                .isLessThanOrEqualTo(7);
        assertThat(gridPage)
                .as("rows, then the scale answers of the page's submissions, and the reader's language")
                .isLessThanOrEqualTo(4);
        assertThat(gridCount)
                .as("the count, and the reader's language (the search looks in the names the reader sees)")
                .isLessThanOrEqualTo(3);
        assertThat(mine).isLessThanOrEqualTo(8);
    }

    @Test
    void a_clinician_has_no_own_progress_page() {
        assertThatThrownBy(() -> progress.myProgress()).isInstanceOf(AccessDeniedException.class);
    }
}
