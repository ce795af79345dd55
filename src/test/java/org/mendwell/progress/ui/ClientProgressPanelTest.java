package org.mendwell.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.MyTimeZoneService;
import org.mendwell.progress.OccurrenceRow;
import org.mendwell.progress.ProgressFixtures;
import org.mendwell.shared.ui.RecordNotFoundView;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.Headings;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The progress tab of a client's page, against Aroha's ten days (see ProgressFixtures). */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@Import(ProgressFixtures.Config.class)
class ClientProgressPanelTest extends SpringBrowserlessTest {

    @Autowired
    ProgressFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    MyTimeZoneService myTimeZone;

    @Autowired
    JdbcTemplate jdbc;

    UUID aroha;

    @BeforeEach
    void history() {
        aroha = fixtures.arohaWithHistory();
        signIn.as(Demo.CLINICIAN);
    }

    private void openProgress(UUID clientId) {
        navigate("clients/" + clientId, Component.class);
        test(find(RouterLink.class).withText("Progress").single()).click();
        assertThat(getCurrentView()).isInstanceOf(com.vaadin.flow.component.html.Main.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<OccurrenceRow> grid() {
        return find(Grid.class).single();
    }

    private List<String> column(Grid<OccurrenceRow> grid, int column) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
                .mapToObj(row -> tester.getCellText(row, column))
                .toList();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream()
                .map(cell -> cell.getElement().getText())
                .toList();
    }

    @Test
    void the_progress_tab_shows_each_figure_as_a_chart_with_its_table() {
        openProgress(aroha);

        assertThat(find(H3.class).all())
                .extracting(H3::getText)
                .containsSubsequence(
                        "Completion per week",
                        "Daily check-in",
                        "Making room for grief, anger and self-doubt",
                        "PHQ-9",
                        "GAD-7");
        assertThat(find(ProgressChart.class).all()).hasSize(5);
        var completion = find(NativeTable.class).all().getFirst();
        assertThat(completion.getCaptionText()).isEqualTo("Completion per week");
        assertThat(completion.getBody().getRows())
                .extracting(ClientProgressPanelTest::cells)
                .containsExactly(
                        List.of("Mon 1 Feb 2027", "10", "8", "80 %"), List.of("Mon 8 Feb 2027", "4", "4", "100 %"));
        var checkIns = find(NativeTable.class).all().get(1);
        assertThat(cells(checkIns.getBody().getRows().get(2)))
                .as("a gap on the 3rd")
                .containsExactly("Wed 3 Feb 2027", "—", "—", "—", "—");
        var phq = find(NativeTable.class).all().get(3);
        assertThat(phq.getBody().getRows())
                .extracting(ClientProgressPanelTest::cells)
                .containsExactly(List.of("Tue 2 Feb 2027", "12", "Moderate"), List.of("Tue 9 Feb 2027", "7", "Mild"));
        assertThat(find(Anchor.class).withText("Download as CSV").exists()).isTrue();
    }

    /** Issue 16: the measure's severity was the English word of the enum in every language. */
    @Test
    void a_spanish_page_names_the_measures_severity_in_spanish() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        navigate("clients/" + aroha, Component.class);
        test(find(RouterLink.class).withText("Progreso").single()).click();

        var phq = find(NativeTable.class).all().get(3);
        assertThat(phq.getBody().getRows()).extracting(row -> cells(row).get(2)).containsExactly("Moderada", "Leve");
    }

    @Test
    void the_printed_page_is_headed_with_the_client_the_clinician_and_the_day() {
        openProgress(aroha);

        var header = find(com.vaadin.flow.component.html.Paragraph.class)
                .withClassName("mw-print-only")
                .single();
        assertThat(header.getText())
                .startsWith("Progress of " + ProgressFixtures.AROHA_NAME + " · Clinician: Dr. Mira Castell · Printed ");
    }

    @Test
    void the_grid_lists_every_occurrence_newest_due_first_and_sorts_by_a_column() {
        openProgress(aroha);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(18);
        assertThat(grid.getCellText(0, 1)).isEqualTo("12 Feb 2027, 08:00");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Not due yet");

        grid.sortByColumn(0, SortDirection.ASCENDING);

        assertThat(column(grid(), 0)).isSorted().first().isEqualTo("Daily check-in");
        assertThat(column(grid(), 0)).last().isEqualTo("Weekly progress: what went better");
    }

    @Test
    void the_grid_filters_by_state_and_by_words_in_the_title() {
        openProgress(aroha);

        test(find(Select.class).single()).selectItem("Done late");

        assertThat(column(grid(), 0))
                .containsExactly("Daily check-in", "Daily check-in", "Making room for grief, anger and self-doubt");
        assertThat(column(grid(), 3))
                .as(
                        "done at 20:00, 23:30 and 22:00 in Auckland: read on the clinician's clock (London, the practice's)")
                .containsExactly("9 Feb 2027, 07:00", "7 Feb 2027, 10:30", "4 Feb 2027, 09:00");

        test(find(TextField.class).withAriaLabel("Exercise").single()).setValue("grief");

        assertThat(column(grid(), 0)).containsExactly("Making room for grief, anger and self-doubt");
        assertThat(column(grid(), 6)).singleElement().asString().startsWith("How kind have you been");
    }

    /**
     * Issue 16: the clinician read Aroha's completed times on her Auckland clock. Moments are the viewer's own; the
     * day and time an exercise was due stay the client's, and the page says whose clock each is.
     */
    @Test
    @ChangesDemoPractice
    void a_new_york_clinician_reads_when_it_was_done_in_new_york_and_when_it_was_due_in_auckland() {
        myTimeZone.choose("America/New_York");
        try {
            openProgress(aroha);
            test(find(Select.class).single()).selectItem("Done late");

            assertThat(column(grid(), 3))
                    .as("done at 20:00, 23:30 and 22:00 in Auckland, 13 hours ahead of UTC and 18 of New York")
                    .containsExactly("9 Feb 2027, 02:00", "7 Feb 2027, 05:30", "4 Feb 2027, 04:00");
            assertThat(column(grid(), 1))
                    .as("due on Aroha's own days, at her own 08:00 and 21:00")
                    .containsExactly("9 Feb 2027, 08:00", "7 Feb 2027, 08:00", "4 Feb 2027, 21:00");
            assertThat(find(Paragraph.class)
                            .withTextContaining(
                                    "Due times are the client's own (New Zealand Time, Auckland); completed and"
                                            + " reviewed times are yours (Eastern Time, New York).")
                            .exists())
                    .isTrue();
        } finally {
            jdbc.update("update account set time_zone = null where email = ?", Demo.CLINICIAN);
        }
    }

    /**
     * Issue 16: a score's day was Aroha's (Auckland) day in the chart and its table while the grid beside them
     * showed the same submission on the clinician's clock, a day earlier in Los Angeles. A score is submitted at
     * a moment, and a moment is read on the viewer's clock everywhere on the page.
     */
    @Test
    @ChangesDemoPractice
    void a_scores_day_in_the_chart_is_the_day_the_grid_shows_it_was_completed() {
        myTimeZone.choose("America/Los_Angeles");
        try {
            openProgress(aroha);
            var gad = find(NativeTable.class).all().get(4);
            test(find(TextField.class).withAriaLabel("Exercise").single()).setValue("GAD-7");

            assertThat(column(grid(), 3))
                    .as("submitted at 20:00 on the 3rd in Auckland: 23:00 on the 2nd in Los Angeles")
                    .containsExactly("2 Feb 2027, 23:00");
            assertThat(gad.getCaptionText()).contains("GAD-7");
            assertThat(gad.getBody().getRows())
                    .extracting(ClientProgressPanelTest::cells)
                    .containsExactly(List.of("Tue 2 Feb 2027", "6", "Mild"));
        } finally {
            jdbc.update("update account set time_zone = null where email = ?", Demo.CLINICIAN);
        }
    }

    @Test
    void the_grid_pages_through_the_database() {
        openProgress(aroha);
        grid().setPageSize(5);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(18);
        assertThat(grid.getRow(17).exercise())
                .as("the last of four pages: the earliest due")
                .isEqualTo("Daily check-in");
        assertThat(grid.getRow(17).dueAt()).isEqualTo(ProgressFixtures.at(ProgressFixtures.day(1), 8, 0));
        assertThat(IntStream.range(0, 18)
                        .mapToObj(i -> grid.getRow(i).occurrenceId())
                        .distinct())
                .hasSize(18);
    }

    private int statementsToOpen(UUID clientId) {
        // From another page, so that each client's page is built afresh (reading the viewer's time zone once).
        com.vaadin.flow.component.UI.getCurrent().navigate("caseload");
        StatementCounter.reset();
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("clients/" + clientId, com.vaadin.flow.router.QueryParameters.of("tab", "progress"));
        assertThat(test(grid()).size()).isPositive();
        // The data's statements; the audit entry for the read adds its own fixed three.
        return StatementCounter.sentForTheData().size();
    }

    @Test
    void the_progress_page_reads_as_many_statements_with_ten_days_of_history_as_with_one() {
        UUID hana = clientIds.of(Demo.HANA);
        fixtures.giveOnce(hana); // one row in her grid, so that both grids fetch a page

        int withHistory = statementsToOpen(aroha);
        int withOne = statementsToOpen(hana);
        System.out.printf(
                "Statements to open a client's progress page, grid included: %d (one exercise: %d)%n",
                withHistory, withOne);

        assertThat(withHistory)
                .as("the same, plus one for the scale answers of a page that has submissions")
                .isEqualTo(withOne + 1);
    }

    @Test
    void a_couple_case_shows_both_partners_side_by_side() {
        openProgress(clientIds.of(Demo.CLIENT));

        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Robin Ashdown", "Jonas Kettering");
        assertThat(Headings.skippingALevel(Headings.page())).isEmpty();
    }

    /** Issue 16 exploration, axe heading-order: each figure's h4 came straight under the client's h2. */
    @Test
    void a_single_clients_figures_are_headed_one_level_below_the_clients_name() {
        openProgress(aroha);

        assertThat(Headings.of(Headings.page())).contains("h3 Daily check-in", "h3 PHQ-9");
        assertThat(Headings.skippingALevel(Headings.page())).isEmpty();
    }

    @Test
    void another_clinician_finds_nothing_of_the_clients_progress() {
        signIn.as(Demo.CLINICIAN_2);

        navigate("clients/" + aroha, Component.class);

        assertThat(getCurrentView()).isInstanceOf(RecordNotFoundView.class);
        assertThat(find(RouterLink.class).withText("Progress").exists()).isFalse();
        assertThat(find(ProgressChart.class).exists()).isFalse();
        assertThat(find(Grid.class).exists()).isFalse();
    }
}
