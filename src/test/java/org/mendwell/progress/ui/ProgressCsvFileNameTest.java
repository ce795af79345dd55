package org.mendwell.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressCsvFileNameTest {

    @Test
    void the_export_is_named_after_the_client_and_the_day_with_nothing_a_header_or_path_would_trip_on() {
        LocalDate day = LocalDate.of(2026, 12, 4);

        assertThat(ProgressFigures.csvFileName("Robin Ashdown", day))
                .isEqualTo("progress-Robin-Ashdown-2026-12-04.csv");
        assertThat(ProgressFigures.csvFileName("Zoë O'Brien-Núñez", day))
                .isEqualTo("progress-Zoë-O-Brien-Núñez-2026-12-04.csv");
        assertThat(ProgressFigures.csvFileName(" ../\"evil\";\r\nname ", day))
                .isEqualTo("progress-evil-name-2026-12-04.csv");
        assertThat(ProgressFigures.csvFileName("  ", day)).isEqualTo("progress-2026-12-04.csv");
    }
}
