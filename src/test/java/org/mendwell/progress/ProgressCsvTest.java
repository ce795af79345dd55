package org.mendwell.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The export's quoting and its guard against spreadsheet formulas, read back by a CSV parser. */
class ProgressCsvTest {

    private static OccurrenceRow row(String exercise) {
        return new OccurrenceRow(
                UUID.randomUUID(),
                exercise,
                Instant.parse("2027-02-01T08:00:00Z"),
                OccurrenceState.ON_TIME,
                Instant.parse("2027-02-01T07:30:00Z"),
                UUID.randomUUID(),
                null,
                12,
                List.of(new OccurrenceRow.ScaleValue("Trust", 6)));
    }

    /** The English bundle, as a reader of English gets it. */
    private static String english(String key, Object... arguments) {
        var bundle = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(
                ProgressCsvTest.class.getResourceAsStream("/messages/progress.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            bundle.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new java.text.MessageFormat(bundle.getProperty(key), java.util.Locale.ENGLISH).format(arguments);
    }

    private static List<CSVRecord> written(List<OccurrenceRow> rows) throws IOException {
        var out = new StringWriter();
        ProgressCsv.write(
                rows,
                ZoneId.of("Europe/London"),
                ZoneId.of("Europe/London"),
                java.util.Locale.ENGLISH,
                ProgressCsvTest::english,
                out);
        assertThat(out.toString()).as("a UTF-8 byte-order mark first").startsWith("\uFEFF");
        return CSVFormat.RFC4180
                .parse(new StringReader(out.toString().substring(1)))
                .getRecords();
    }

    @Test
    void commas_quotes_and_line_breaks_survive_the_round_trip() throws IOException {
        var records = written(List.of(row("Say \"sorry\", then listen\nand wait")));

        assertThat(records).hasSize(2);
        assertThat(records.get(0).values())
                .containsExactly(
                        "Exercise",
                        "Due (London Time)",
                        "State",
                        "Completed (London Time)",
                        "Reviewed by clinician (London Time)",
                        "Questionnaire total score",
                        "Trust");
        assertThat(records.get(1).values())
                .containsExactly(
                        "Say \"sorry\", then listen\nand wait",
                        "2027-02-01 08:00",
                        "Done on time",
                        "2027-02-01 07:30",
                        "",
                        "12",
                        "6");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() throws IOException {
        var records = written(List.of(
                row("=HYPERLINK(\"http://evil.example\")"),
                row("+1+1"),
                row("-2"),
                row("@SUM(A1)"),
                row("\t=1"),
                row("Plain = fine")));

        assertThat(records.stream().skip(1).map(r -> r.get(0)).toList())
                .containsExactly(
                        "'=HYPERLINK(\"http://evil.example\")", "'+1+1", "'-2", "'@SUM(A1)", "'\t=1", "Plain = fine");
    }
}
