package org.mendwell.progress;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.SpreadsheetText;
import org.mendwell.shared.time.PersonalTime;

/**
 * A client's progress as CSV, UTF-8 with a byte-order mark: one row per occurrence, one column per scale
 * question (its name, as "Trust", or else its whole prompt, never cut). Due times are on the client's clock (their day), completed and reviewed
 * times on the reader's; the headers name each zone. Quoting is Commons
 * CSV's (RFC 4180); text that a spreadsheet would run as a formula is neutralised first.
 */
final class ProgressCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ProgressCsv() {}

    /** The words of the headers and states, in the reader's language (message key and arguments). */
    @FunctionalInterface
    interface Words {
        String of(String key, Object... arguments);
    }

    static void write(
            List<OccurrenceRow> rows, ZoneId clientZone, ZoneId readerZone, Locale reader, Words words, Writer out)
            throws IOException {
        Set<String> scaleColumns = new LinkedHashSet<>();
        rows.forEach(row -> row.scales().forEach(scale -> scaleColumns.add(scale.question())));
        List<String> header = new ArrayList<>(List.of(
                words.of("progress.csv.exercise"),
                words.of("progress.csv.due", PersonalTime.nameOf(clientZone, reader)),
                words.of("progress.csv.state"),
                words.of("progress.csv.completed", PersonalTime.nameOf(readerZone, reader)),
                words.of("progress.csv.reviewed", PersonalTime.nameOf(readerZone, reader)),
                words.of("progress.csv.total-score")));
        header.addAll(scaleColumns);
        // A byte-order mark first, so that spreadsheet programs read the file as UTF-8 (names with accents).
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().get())) {
            csv.printRecord(header.stream().map(ProgressCsv::cell).toList());
            for (OccurrenceRow row : rows) {
                List<String> record = new ArrayList<>(List.of(
                        cell(row.exercise()),
                        when(row.dueAt(), clientZone),
                        words.of(row.state().key()),
                        when(row.submittedAt(), readerZone),
                        when(row.reviewedAt(), readerZone),
                        row.measureTotal() == null ? "" : row.measureTotal().toString()));
                for (String column : scaleColumns) {
                    record.add(row.scales().stream()
                            .filter(s -> s.question().equals(column))
                            .findFirst()
                            .map(s -> Integer.toString(s.value()))
                            .orElse(""));
                }
                csv.printRecord(record);
            }
        }
    }

    /** A cell a spreadsheet shows rather than runs. */
    static String cell(String text) {
        return java.util.Objects.requireNonNull(SpreadsheetText.inert(text));
    }

    private static String when(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }
}
