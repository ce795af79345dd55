package org.mendwell.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientStatus;
import org.mendwell.progress.CaseloadEntry;
import org.mendwell.progress.ProgressFixtures;
import org.mendwell.support.CaseloadFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The caseload grid over a caseload whose figures are known (see {@link CaseloadFixtures#knownCaseload()}). */
@MendwellTest
@Transactional
// The statement counter comes with the progress fixtures; importing both shares their tests' application.
@Import(ProgressFixtures.Config.class)
@ViewPackages(packages = "org.mendwell")
class CaseloadGridViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    private CaseloadFixtures.KnownCaseload known;

    @BeforeEach
    void theKnownCaseloadsClinicianSignsIn() {
        clock.pin(CaseloadFixtures.NOW);
        known = new CaseloadFixtures(jdbc).knownCaseload();
        signIn.as(CaseloadFixtures.KNOWN_CLINICIAN);
    }

    @SuppressWarnings("unchecked")
    private Grid<CaseloadEntry> grid() {
        return find(Grid.class).single();
    }

    private List<String> firstNames() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).fullName().split(" ")[0])
                .toList();
    }

    private String cell(String firstName, String header) {
        var grid = test(grid());
        int row = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).fullName().startsWith(firstName))
                .findFirst()
                .orElseThrow();
        return grid.getCellText(row, grid().getColumns().indexOf(column(header)));
    }

    private Grid.Column<CaseloadEntry> column(String header) {
        return grid().getColumns().stream()
                .filter(c -> header.equals(c.getHeaderText()))
                .findFirst()
                .orElseThrow();
    }

    private void sortBy(String header, SortDirection direction) {
        grid().sort(List.of(new GridSortOrder<>(column(header), direction)));
    }

    @Test
    void each_row_shows_the_clients_figures() {
        navigate(CaseloadView.class);

        assertThat(cell("Ada", "Active exercises")).isEqualTo("1");
        assertThat(cell("Ada", "Done (30 days)")).isEqualTo("60 % (3 of 5)");
        assertThat(cell("Ada", "Overdue")).isEqualTo("3");
        assertThat(cell("Ada", "To review")).isEqualTo("3");
        assertThat(cell("Ada", "Trust")).isEqualTo("8 (up)");
        assertThat(cell("Cara", "Name")).isEqualTo("Cara Marlowe (with Dan Marlowe)");
        assertThat(cell("Cara", "Trust")).isEqualTo("3 (flat)");
        assertThat(cell("Dan", "Trust")).as("no earlier answers").isEqualTo("7");
        assertThat(cell("Ben", "Done (30 days)")).isEqualTo("—");
        assertThat(cell("Ben", "Last activity")).isEqualTo("—");
        assertThat(cell("Eve", "Trust")).isEqualTo("—");
    }

    @Test
    void every_figure_column_sorts_and_several_columns_sort_together() {
        navigate(CaseloadView.class);
        for (String header : List.of(
                "Name",
                "Status",
                "Safety",
                "Active exercises",
                "Done (30 days)",
                "Overdue",
                "To review",
                "Last activity",
                "Trust",
                "Client since",
                "E-mail")) {
            assertThat(column(header).isSortable()).as(header).isTrue();
        }

        sortBy("Done (30 days)", SortDirection.ASCENDING);
        assertThat(firstNames()).containsExactly("Cara", "Ada", "Dan", "Ben", "Eve");

        sortBy("Trust", SortDirection.DESCENDING);
        assertThat(firstNames()).containsExactly("Ada", "Dan", "Cara", "Ben", "Eve");

        grid().sort(List.of(
                new GridSortOrder<>(column("Overdue"), SortDirection.DESCENDING),
                new GridSortOrder<>(column("To review"), SortDirection.ASCENDING)));
        assertThat(firstNames()).containsExactly("Cara", "Ada", "Ben", "Eve", "Dan");
    }

    /** What the browser does when the grid scrolls: asks for a range of rows, answered in the next response. */
    private void browserAsksForRows(int start, int length) {
        grid().getDataCommunicator().setViewportRange(start, length);
        roundTrip();
    }

    @Test
    void a_page_of_the_grid_costs_at_most_two_statements() {
        navigate(CaseloadView.class);
        browserAsksForRows(0, 50);

        StatementCounter.reset();
        sortBy("Last activity", SortDirection.DESCENDING);
        browserAsksForRows(0, 50);
        var sortedPage = StatementCounter.sentForTheData();

        StatementCounter.reset();
        test(find(Select.class).withAriaLabel("Status").single()).selectItem("Active");
        browserAsksForRows(0, 50);
        var filteredPage = StatementCounter.sentForTheData();

        assertThat(sortedPage).as("the sorted page and its count").hasSizeBetween(1, 2);
        assertThat(filteredPage).as("the filtered page and its count").hasSizeBetween(1, 2);
        assertThat(firstNames()).containsExactly("Ada", "Cara", "Dan", "Ben");
    }

    /** The statements the grid sends for its count and first page once its filter changed. */
    private List<String> refetched() {
        StatementCounter.reset();
        grid().getDataProvider().refreshAll();
        browserAsksForRows(0, 50);
        return StatementCounter.sentForTheData();
    }

    @Test
    void needs_attention_reads_the_couples_reasons_in_the_same_statements_however_many_couples_there_are() {
        navigate(CaseloadView.class);
        test(find(Checkbox.class).withLabel("Needs attention only").single()).click();
        browserAsksForRows(0, 50);

        var oneCouple = refetched();
        new CaseloadFixtures(jdbc).partners(known.ada(), known.eve());
        var twoCouples = refetched();

        assertThat(twoCouples)
                .as("the count and the page, each with the couples, their zones, check-ins and thresholds at once")
                .hasSameSizeAs(oneCouple)
                .hasSizeLessThanOrEqualTo(2 * 5);
        assertThat(firstNames()).containsExactly("Ben", "Dan");
    }

    @Test
    void scrolling_fetches_the_next_page_from_the_database_in_one_statement() {
        navigate(CaseloadView.class);
        grid().setPageSize(2);
        sortBy("Name", SortDirection.ASCENDING);
        browserAsksForRows(0, 2);

        StatementCounter.reset();
        browserAsksForRows(2, 2);

        assertThat(StatementCounter.sentToTheAuditTrail())
                .as("the read's audit entry")
                .hasSize(3);
        assertThat(StatementCounter.sentForTheData())
                .as("rows 3 and 4, the size already known")
                .hasSize(1)
                .allSatisfy(sql -> assertThat(sql).containsIgnoringCase("limit"));
        assertThat(grid().getDataCommunicator().getItem(2).fullName()).isEqualTo("Cara Marlowe");
        assertThat(grid().getDataCommunicator().getItem(3).fullName()).isEqualTo("Dan Marlowe");
    }

    @Test
    void filtering_by_status_flag_and_text_narrows_the_grid() {
        navigate(CaseloadView.class);

        test(find(Checkbox.class).withLabel("Needs attention only").single()).click();
        assertThat(firstNames()).containsExactly("Ben", "Dan");
        test(find(Checkbox.class).withLabel("Needs attention only").single()).click();

        test(find(TextField.class).withPlaceholder("Name or e-mail").single()).setValue("eve");
        assertThat(firstNames()).containsExactly("Eve");

        test(find(Select.class).withAriaLabel("Status").single()).selectItem("Active");
        assertThat(firstNames()).isEmpty();
    }

    @Test
    void the_saved_default_filter_is_applied_on_the_next_visit() {
        navigate(CaseloadView.class);
        test(find(Select.class).withAriaLabel("Status").single()).selectItem("Active");
        test(find(Checkbox.class).withLabel("Needs attention only").single()).click();
        test(find(Button.class).withText("Save as default").single()).click();

        navigate("library", Component.class);
        navigate("caseload", Component.class);

        assertThat(find(Select.class).withAriaLabel("Status").single().getValue())
                .isEqualTo(ClientStatus.ACTIVE);
        assertThat(find(Checkbox.class)
                        .withLabel("Needs attention only")
                        .single()
                        .getValue())
                .isTrue();
        assertThat(firstNames()).containsExactly("Ben", "Dan");
    }
}
