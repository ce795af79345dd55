package org.mendwell.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mendwell.progress.ClientProgress.WeekCompletion;
import org.mendwell.progress.MeasureSeries;
import org.mendwell.progress.ScaleChart;
import org.mendwell.shared.time.PersonalTime;

/**
 * Each figure as a chart with its table beside it: the table is the text alternative for screen
 * readers and for anyone who prefers numbers. Shared by the clinician's tab and the client's page.
 */
final class ProgressFigures {

    private ProgressFigures() {}

    static Component completion(List<WeekCompletion> weeks, PersonalTime time) {
        List<String> labels = weeks.stream()
                .map(w -> "Week of " + time.dayAndMonth(w.weekStart()))
                .toList();
        var done = new ProgressChart.Series(
                "Done", weeks.stream().map(w -> (Integer) w.done()).toList(), "#009E73");
        var notDone = new ProgressChart.Series(
                "Not done",
                weeks.stream().map(w -> (Integer) (w.due() - w.done())).toList(),
                "#BBBBBB");
        int due = weeks.stream().mapToInt(WeekCompletion::due).sum();
        int doneTotal = weeks.stream().mapToInt(WeekCompletion::done).sum();
        String summary = "Exercises done per week: " + doneTotal + " of " + due + " due over " + weeks.size()
                + (weeks.size() == 1 ? " week." : " weeks.");
        var chart = new ProgressChart(new ProgressChart.Data(
                summary, "bar", labels, List.of(done, notDone), true, 0, null, 1, "Exercises", List.of()));
        var table = table(
                "Completion per week",
                List.of("Week starting", "Due", "Done", "Rate"),
                weeks.stream()
                        .map(w -> List.of(
                                time.weekdayDate(w.weekStart()),
                                Integer.toString(w.due()),
                                Integer.toString(w.done()),
                                w.percent() == null ? "—" : w.percent() + " %"))
                        .toList());
        return figure("Completion per week", chart, table);
    }

    static Component scales(ScaleChart scale, PersonalTime time) {
        List<String> labels = scale.days().stream().map(time::dayAndMonth).toList();
        List<ProgressChart.Series> series = scale.series().stream()
                .map(s -> new ProgressChart.Series(s.question(), s.values(), null))
                .toList();
        long answered = scale.series().isEmpty()
                ? 0
                : scale.series().getFirst().values().stream()
                        .filter(Objects::nonNull)
                        .count();
        String summary = scale.exercise() + ": "
                + String.join(
                        ", ",
                        scale.series().stream().map(ScaleChart.Series::question).toList())
                + " on a scale of 0 to 10, answered " + answered + " of "
                + scale.days().size() + " times.";
        var chart = new ProgressChart(
                new ProgressChart.Data(summary, "line", labels, series, false, 0, 10, 1, null, List.of()));
        List<String> header = new ArrayList<>(List.of("Due"));
        scale.series().forEach(s -> header.add(s.question()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < scale.days().size(); i++) {
            List<String> row =
                    new ArrayList<>(List.of(time.weekdayDate(scale.days().get(i))));
            for (ScaleChart.Series s : scale.series()) {
                row.add(value(s.values().get(i)));
            }
            rows.add(row);
        }
        return figure(scale.exercise(), chart, table(scale.exercise() + " scales", header, rows));
    }

    static Component measure(MeasureSeries measure, PersonalTime time) {
        String name = measure.measure().label();
        List<String> labels =
                measure.points().stream().map(p -> time.dayAndMonth(p.day())).toList();
        var totals = new ProgressChart.Series(
                name + " total",
                measure.points().stream().map(p -> (Integer) p.total()).toList(),
                null);
        var bands = measure.bands().stream()
                .map(b -> new ProgressChart.Band(b.severity().label(), b.from(), b.to()))
                .toList();
        var latest = measure.points().getLast();
        String summary = name + " totals over time, drawn over the severity bands; latest " + latest.total() + " ("
                + latest.severity().label().toLowerCase(java.util.Locale.ROOT) + ") on "
                + time.weekdayDate(latest.day())
                + ".";
        int maximum = bands.getLast().to();
        var chart = new ProgressChart(new ProgressChart.Data(
                summary, "line", labels, List.of(totals), false, 0, maximum, null, "Total", bands));
        var table = table(
                name + " totals",
                List.of("Submitted", "Total", "Severity"),
                measure.points().stream()
                        .map(p -> List.of(
                                time.weekdayDate(p.day()),
                                Integer.toString(p.total()),
                                p.severity().label()))
                        .toList());
        return figure(name, chart, table);
    }

    private static String value(@Nullable Integer value) {
        return value == null ? "—" : value.toString();
    }

    private static Component figure(String title, ProgressChart chart, NativeTable table) {
        var details = new Details("The figures as a table", table);
        details.addClassName("mw-chart-table");
        var figure = new Div(new H4(title), chart, details);
        figure.addClassName("mw-figure");
        return figure;
    }

    static NativeTable table(String caption, List<String> header, List<List<String>> rows) {
        var table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        header.forEach(text -> head.addHeaderCell().setText(text));
        var body = table.getBody();
        for (List<String> row : rows) {
            NativeTableRow tr = body.addRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    var cell = tr.addHeaderCell();
                    cell.setText(row.get(i));
                    cell.getElement().setAttribute("scope", "row");
                } else {
                    tr.addDataCell().setText(row.get(i));
                }
            }
        }
        table.addClassName("mw-figure-table");
        return table;
    }

    static Paragraph empty(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("mw-empty-state");
        return paragraph;
    }

    /**
     * "progress-Robin-Ashdown-2026-12-04.csv": the client's name with anything but letters and digits made
     * a hyphen (no path, quote or control character reaches the header), then the day.
     */
    static String csvFileName(String clientName, LocalDate day) {
        String name = clientName.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return "progress-" + (name.isEmpty() ? "" : name + "-") + isoDay(day) + ".csv";
    }

    /** Today's date, for file names. */
    static String isoDay(LocalDate day) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
    }
}
