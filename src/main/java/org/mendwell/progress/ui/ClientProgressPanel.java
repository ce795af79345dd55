package org.mendwell.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.progress.ClientProgress;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.progress.OccurrenceFilter;
import org.mendwell.progress.OccurrenceRow;
import org.mendwell.progress.OccurrenceState;
import org.mendwell.shared.PersonNamed;
import org.mendwell.shared.time.PersonalTime;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The progress part of a client's page ({@code /clients/{id}?tab=progress}): completion per week, scales
 * and measures (both partners side by side in a couple case), every occurrence in a lazy grid, and the
 * export as CSV or a printed page. Built when first attached, so the overview costs no progress queries.
 * The one progress UI class the caseload's client page uses, hence its named interface.
 */
@StyleSheet("context://styles/progress.css")
@NamedInterface("client-progress-panel")
public class ClientProgressPanel extends Div {

    /** Printing by the browser's own menu opens the figures' tables too. */
    private static final String OPEN_TABLES_WHEN_PRINTING = """
            if (!window.mwOpenTablesForPrint) {
                window.mwOpenTablesForPrint = () => document.querySelectorAll('vaadin-details.mw-chart-table')
                        .forEach(d => d.opened = true);
                window.addEventListener('beforeprint', window.mwOpenTablesForPrint);
            }""";

    private static final String OPEN_TABLES_AND_PRINT = """
            document.querySelectorAll('vaadin-details.mw-chart-table').forEach(d => d.opened = true);
            window.print()""";

    private final ClientProgressService progress;
    private final UUID clientId;
    private final Grid<OccurrenceRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<OccurrenceState> state = new Select<>();
    private final PersonalTime time;
    /**
     * A due day and time belong to the client ("due by 08:00" is about their morning), so they are read on the
     * client's clock; moments (completed, reviewed) are the viewer's own, like every other time they see.
     */
    private PersonalTime clientsClock;

    private boolean built;

    public ClientProgressPanel(ClientProgressService progress, UUID clientId, PersonalTime time) {
        this.progress = progress;
        this.clientId = clientId;
        this.time = time;
        this.clientsClock = time;
        addClassName("mw-progress-panel");
        addAttachListener(attach -> {
            if (!built) {
                built = true;
                build();
            }
        });
    }

    private void build() {
        ClientProgress client = progress.progressOf(clientId);
        clientsClock = time.in(client.zone());
        add(printHeader(client), actions(client.fullName()));
        // Printing by the browser's own menu opens the tables too, not only the Print button.
        getElement().executeJs(OPEN_TABLES_WHEN_PRINTING);
        if (client.partnerId() != null) {
            ClientProgress partner = progress.progressOf(client.partnerId());
            var couple = new Div(column(client, true), column(partner, true));
            couple.addClassName("mw-couple");
            add(new Paragraph(getTranslation("progress.panel.couple")), couple);
        } else {
            add(column(client, false));
        }
        add(occurrences(client));
    }

    /** Shown on paper only: whose progress, whose clinician, and when it was printed. */
    private Component printHeader(ClientProgress client) {
        String clinician = SecurityContextHolder.getContext().getAuthentication() != null
                        && SecurityContextHolder.getContext()
                                        .getAuthentication()
                                        .getPrincipal()
                                instanceof PersonNamed named
                ? named.displayName()
                : "";
        String printed = time.date(time.today());
        var header = new Paragraph(
                clinician.isEmpty()
                        ? getTranslation("progress.panel.print-header", client.fullName(), printed)
                        : getTranslation(
                                "progress.panel.print-header.clinician", client.fullName(), clinician, printed));
        header.addClassName("mw-print-only");
        return header;
    }

    private Component actions(String clientName) {
        var csv = new Anchor(csvDownload(clientName), getTranslation("progress.panel.csv"));
        csv.addClassName("mw-download");
        var print = new Button(
                getTranslation("progress.panel.print"),
                VaadinIcon.PRINT.create(),
                // The tables are the printed figures too: open them first.
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs(OPEN_TABLES_AND_PRINT)));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(csv, print);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.addClassName("mw-no-print");
        return actions;
    }

    /** The CSV named after the client and the day, so that a clinician can tell the files apart (issue 13). */
    private DownloadHandler csvDownload(String clientName) {
        String word = getTranslation("progress.csv.file-name"); // the page's language: the handler runs without the UI
        return event -> {
            event.setFileName(ProgressFigures.csvFileName(word, clientName, time.today()));
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                progress.exportCsv(clientId, out);
            }
        };
    }

    private Component column(ClientProgress client, boolean named) {
        var column = new Div();
        column.addClassName("mw-progress-column");
        if (named) {
            column.add(new H3(client.fullName()));
        }
        int figureHeading = named ? 4 : 3; // under the partner's name, or straight under the client's h2
        if (client.isEmpty()) {
            column.add(ProgressFigures.empty(getTranslation("progress.panel.empty")));
            return column;
        }
        if (!client.weeks().isEmpty()) {
            column.add(ProgressFigures.completion(client.weeks(), time, figureHeading));
        }
        client.scaleCharts().forEach(chart -> column.add(ProgressFigures.scales(chart, time, figureHeading)));
        client.measures().forEach(measure -> column.add(ProgressFigures.measure(measure, time, figureHeading)));
        column.add(
                new Paragraph(getTranslation("progress.panel.weeks", PersonalTime.nameOf(client.zone(), getLocale()))));
        return column;
    }

    private Component occurrences(ClientProgress client) {
        search.setAriaLabel(getTranslation("progress.panel.column.exercise"));
        search.setPlaceholder(getTranslation("progress.panel.column.exercise"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        state.setAriaLabel(getTranslation("progress.panel.column.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("progress.panel.any-state"));
        state.setItems(OccurrenceState.values());
        state.setItemLabelGenerator(
                s -> s == null ? getTranslation("progress.panel.any-state") : getTranslation(s.key()));
        state.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        // The two columns of words share what the figures leave, and wrap: sized to their content they took more
        // than a 1366 px screen has, and pushed the scales out of sight.
        grid.addColumn(OccurrenceRow::exercise)
                .setHeader(getTranslation("progress.panel.column.exercise"))
                .setSortProperty("exercise")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(row -> clientsDay(row.dueAt()))
                .setHeader(getTranslation("progress.panel.column.due"))
                .setSortProperty("due")
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.state().key()))
                .setHeader(getTranslation("progress.panel.column.state"))
                .setSortProperty("state")
                .setAutoWidth(true);
        grid.addColumn(row -> when(row.submittedAt()))
                .setHeader(getTranslation("progress.panel.column.completed"))
                .setSortProperty("completed")
                .setAutoWidth(true);
        grid.addColumn(row -> row.submissionId() == null
                        ? ""
                        : row.reviewedAt() == null ? getTranslation("progress.panel.not-yet") : when(row.reviewedAt()))
                .setHeader(getTranslation("progress.panel.column.reviewed"))
                .setSortProperty("reviewed")
                .setAutoWidth(true);
        grid.addColumn(row ->
                        row.measureTotal() == null ? "" : row.measureTotal().toString())
                .setHeader(getTranslation("progress.panel.column.score"))
                .setAutoWidth(true);
        // Not sized to its content: the first rows, not yet due, have no scales, so it came out as narrow as its
        // header and cut "Seguridad 7 · Confianza 6 · …" further down.
        grid.addColumn(row -> row.scales().stream()
                        .map(s -> s.label() + " " + s.value())
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("progress.panel.column.scales"))
                .setWidth("10rem")
                .setFlexGrow(1);
        // Every cell wraps instead of ending in "…": widths are measured on the rows first shown, and a date, a state
        // or a scale further down (or longer in another language) must still be read whole, on a phone too.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("mw-progress-grid");
        grid.setAriaLabel(getTranslation("progress.panel.grid", client.fullName()));
        grid.setPageSize(25);
        grid.setItemsPageable(
                pageable -> progress.occurrencesOf(clientId, filter(), pageable),
                query -> progress.countOccurrencesOf(clientId, filter()));
        grid.addItemClickListener(click -> {
            if (click.getItem().submissionId() != null) {
                getUI().ifPresent(ui ->
                        ui.navigate("submissions/" + click.getItem().submissionId()));
            }
        });
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");

        var toolbar = new HorizontalLayout(search, state);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("mw-no-print");
        var section = new Section(
                new H3(getTranslation("progress.panel.every-exercise")),
                new Paragraph(getTranslation("progress.panel.times-of-whom", clientsClock.zoneName(), time.zoneName())),
                toolbar,
                grid);
        section.addClassName("mw-section");
        return section;
    }

    private OccurrenceFilter filter() {
        return new OccurrenceFilter(search.getValue(), state.getValue());
    }

    /** A moment, on the viewer's own clock. */
    private String when(@Nullable Instant instant) {
        return instant == null ? "" : time.dateTime(instant);
    }

    /** A due day and time, on the client's clock. */
    private String clientsDay(Instant dueAt) {
        return clientsClock.dateTime(dueAt);
    }
}
