package org.mendwell.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.MeasureScore;
import org.mendwell.progress.ClientProgress.WeekCompletion;
import org.mendwell.progress.MeasureSeries;
import org.mendwell.progress.ScaleChart;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.ui.ContentLanguage;

/**
 * Each figure as a chart with its table beside it: the table is the text alternative for screen
 * readers and for anyone who prefers numbers. Shared by the clinician's tab and the client's page, in the
 * language of the page being built.
 */
final class ProgressFigures {

    private ProgressFigures() {}

    static Component completion(List<WeekCompletion> weeks, PersonalTime time, int headingLevel) {
        List<String> labels = weeks.stream()
                .map(w -> text("progress.figures.week-of", time.dayAndMonth(w.weekStart())))
                .toList();
        var done = new ProgressChart.Series(
                text("progress.figures.done"),
                weeks.stream().map(w -> (Integer) w.done()).toList(),
                "#009E73");
        var notDone = new ProgressChart.Series(
                text("progress.figures.not-done"),
                weeks.stream().map(w -> (Integer) (w.due() - w.done())).toList(),
                "#BBBBBB");
        int due = weeks.stream().mapToInt(WeekCompletion::due).sum();
        int doneTotal = weeks.stream().mapToInt(WeekCompletion::done).sum();
        String summary = text("progress.figures.completion.summary", doneTotal, due, weeks.size());
        var chart = new ProgressChart(new ProgressChart.Data(
                summary,
                "bar",
                labels,
                List.of(done, notDone),
                true,
                0,
                null,
                1,
                text("progress.figures.exercises"),
                List.of()));
        var table = table(
                text("progress.figures.completion"),
                List.of(
                        text("progress.figures.week-starting"),
                        text("progress.figures.due"),
                        text("progress.figures.done"),
                        text("progress.figures.rate")),
                weeks.stream()
                        .map(w -> List.of(
                                time.weekdayDate(w.weekStart()),
                                Integer.toString(w.due()),
                                Integer.toString(w.done()),
                                w.percent() == null ? "—" : text("progress.figures.percent", w.percent())))
                        .toList());
        return figure(heading(text("progress.figures.completion"), headingLevel), chart, table);
    }

    static Component scales(ScaleChart scale, PersonalTime time, int headingLevel) {
        List<String> labels = scale.days().stream().map(time::dayAndMonth).toList();
        List<ProgressChart.Series> series = scale.series().stream()
                .map(s -> new ProgressChart.Series(s.question(), s.values(), null))
                .toList();
        long answered = scale.series().isEmpty()
                ? 0
                : scale.series().getFirst().values().stream()
                        .filter(Objects::nonNull)
                        .count();
        // The canvas's accessible name: the questions whole, in the words of the legend's language, inside a
        // sentence of the page's; the exercise's title is the figure's heading just before it, marked with its own.
        String summary = text(
                "progress.figures.scales.summary",
                String.join(
                        "; ",
                        scale.series().stream()
                                .map(ScaleChart.Series::wholeQuestion)
                                .toList()),
                answered,
                scale.days().size());
        var chart = new ProgressChart(
                new ProgressChart.Data(summary, "line", labels, series, false, 0, 10, 1, null, List.of()));
        List<String> header = new ArrayList<>(List.of(text("progress.figures.due-day")));
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
        var table = table(null, header, rows);
        ContentLanguage.sentence(table.getCaption(), "progress.figures.scales", scale.exercise(), scale.language());
        var headerCells = table.getHead()
                .getChildren()
                .findFirst()
                .map(row -> row.getChildren().toList())
                .orElseThrow();
        for (int i = 0; i < scale.series().size(); i++) {
            ContentLanguage.mark(
                    scale.series().get(i).language(), ContentLanguage.pageLocale(), headerCells.get(i + 1));
        }
        var title = heading(scale.exercise(), headingLevel);
        ContentLanguage.mark(scale.language(), ContentLanguage.pageLocale(), title);
        return figure(title, chart, table);
    }

    static Component measure(MeasureSeries measure, PersonalTime time, int headingLevel) {
        String name = measure.measure().label();
        List<String> labels = measure.points().stream()
                .map(p -> time.dayAndMonth(time.dateOf(p.submittedAt())))
                .toList();
        var totals = new ProgressChart.Series(
                text("progress.figures.measure.total-of", name),
                measure.points().stream().map(p -> (Integer) p.total()).toList(),
                null);
        var bands = measure.bands().stream()
                .map(b -> new ProgressChart.Band(severity(b.severity()), b.from(), b.to()))
                .toList();
        var latest = measure.points().getLast();
        String summary = text(
                "progress.figures.measure.summary",
                name,
                latest.total(),
                text(latest.severity().labelKey()),
                time.weekdayDate(time.dateOf(latest.submittedAt())));
        int maximum = bands.getLast().to();
        var chart = new ProgressChart(new ProgressChart.Data(
                summary,
                "line",
                labels,
                List.of(totals),
                false,
                0,
                maximum,
                null,
                text("progress.figures.total"),
                bands));
        var table = table(
                text("progress.figures.measure.totals", name),
                List.of(
                        text("progress.figures.submitted"),
                        text("progress.figures.total"),
                        text("progress.figures.severity")),
                measure.points().stream()
                        .map(p -> List.of(
                                time.weekdayDate(time.dateOf(p.submittedAt())),
                                Integer.toString(p.total()),
                                severity(p.severity())))
                        .toList());
        return figure(heading(name, headingLevel), chart, table);
    }

    /** A severity's name as a band or a table cell shows it, in the page's language: "Moderate", "Moderada". */
    private static String severity(MeasureScore.Severity severity) {
        String words = text(severity.labelKey());
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }

    private static String value(@Nullable Integer value) {
        return value == null ? "—" : value.toString();
    }

    /**
     * A figure's heading, one level below the section it is in: h3 on a single client's page, whose section heading
     * is the client's h2; h4 under a partner's name or the client's own "My scales" (axe's heading-order).
     */
    private static Component heading(String title, int headingLevel) {
        return headingLevel == 3 ? new H3(title) : new H4(title);
    }

    private static Component figure(Component title, ProgressChart chart, NativeTable table) {
        var details = new Details(text("progress.figures.as-table"), table);
        details.addClassName("mw-chart-table");
        var figure = new Div(title, chart, details);
        figure.addClassName("mw-figure");
        return figure;
    }

    static NativeTable table(@Nullable String caption, List<String> header, List<List<String>> rows) {
        var table = new NativeTable();
        if (caption != null) {
            table.setCaptionText(caption);
        }
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

    /** In the language of the page being built. */
    private static String text(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }

    static Paragraph empty(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("mw-empty-state");
        return paragraph;
    }

    /**
     * "progress-Robin-Ashdown-2026-12-04.csv", "progreso-Robin-Ashdown-2026-12-04.csv" for a Spanish reader: the word
     * for progress in the reader's language, then the client's name, each with anything but letters and digits made a
     * hyphen (no path, quote or control character reaches the header; letters with accents stay, and the browser gets
     * them through the header's UTF-8 file name), then the day.
     */
    static String csvFileName(String word, String clientName, LocalDate day) {
        return java.util.stream.Stream.of(fileNamePart(word), fileNamePart(clientName), isoDay(day))
                        .filter(part -> !part.isEmpty())
                        .collect(java.util.stream.Collectors.joining("-"))
                + ".csv";
    }

    private static String fileNamePart(String text) {
        return text.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    /** Today's date, for file names. */
    static String isoDay(LocalDate day) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
    }
}
