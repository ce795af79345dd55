package org.mendwell.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressCsvFileNameTest {

    @Test
    void the_export_is_named_after_the_client_and_the_day_with_nothing_a_header_or_path_would_trip_on() {
        LocalDate day = LocalDate.of(2026, 12, 4);

        assertThat(ProgressFigures.csvFileName("progress", "Robin Ashdown", day))
                .isEqualTo("progress-Robin-Ashdown-2026-12-04.csv");
        assertThat(ProgressFigures.csvFileName("progress", "Zoë O'Brien-Núñez", day))
                .isEqualTo("progress-Zoë-O-Brien-Núñez-2026-12-04.csv");
        assertThat(ProgressFigures.csvFileName("progress", " ../\"evil\";\r\nname ", day))
                .isEqualTo("progress-evil-name-2026-12-04.csv");
        assertThat(ProgressFigures.csvFileName("progress", "  ", day)).isEqualTo("progress-2026-12-04.csv");
    }

    /** Exploration (F20): a Spanish clinician's file was "progress-…" under Spanish headers. */
    @Test
    void the_word_before_the_name_is_the_readers_own_and_kept_as_safe_as_the_name() {
        LocalDate day = LocalDate.of(2026, 12, 6);

        assertThat(ProgressFigures.csvFileName("progreso", "Hana Morikawa", day))
                .isEqualTo("progreso-Hana-Morikawa-2026-12-06.csv");
        assertThat(ProgressFigures.csvFileName(" mis/progresos: \"año\" ", "Hana Morikawa", day))
                .isEqualTo("mis-progresos-año-Hana-Morikawa-2026-12-06.csv");
    }
}
