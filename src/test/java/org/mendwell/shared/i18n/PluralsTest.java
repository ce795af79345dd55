package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Counts read as a person would write them: "1 hecho", "1 point", found in exploration as "1 hechos" and "1 points". */
class PluralsTest {

    private static String text(String feature, String language, String key, Object... args) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle("messages." + feature, locale).getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    @Test
    void one_is_singular_and_more_are_plural_in_both_languages() {
        assertThat(text("progress", "es", "progress.my.this-week", 1)).isEqualTo("hecho esta semana");
        assertThat(text("progress", "es", "progress.my.this-week", 3)).isEqualTo("hechos esta semana");
        assertThat(text("progress", "es", "progress.my.overall", 0)).isEqualTo("hechos en total");
        assertThat(text("progress", "en", "progress.my.this-week", 1)).isEqualTo("done this week");
        assertThat(text("caseload", "es", "caseload.client.assignment", "A", "B", 1, "Activo"))
                .isEqualTo("A — B, 1 hecho · Activo");
        assertThat(text("caseload", "es", "caseload.client.assignment", "A", "B", 12, "Activo"))
                .isEqualTo("A — B, 12 hechos · Activo");
        assertThat(text("trust", "en", "trust.threshold.saved", 1)).isEqualTo("Threshold saved: 1 point.");
        assertThat(text("trust", "en", "trust.threshold.saved", 8)).isEqualTo("Threshold saved: 8 points.");
        assertThat(text("trust", "es", "trust.threshold.saved", 1)).isEqualTo("Umbral guardado: 1 punto.");
    }
}
