package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a key becomes the text a person reads. */
class MessagesTest {

    private final Messages strict = new Messages(new LanguageSettings(true, true));
    private final Messages lenient = new Messages(new LanguageSettings(false, false));

    @Test
    void a_key_reads_in_the_language_of_the_locale_with_its_region_kept_for_numbers() {
        assertThat(strict.text("shared.layout.log-out", Locale.forLanguageTag("es-MX")))
                .isEqualTo("Cerrar sesión");
        assertThat(strict.text("shared.layout.log-out", Locale.UK)).isEqualTo("Log out");
    }

    @Test
    void a_language_the_portal_does_not_have_reads_in_english() {
        assertThat(strict.text("shared.layout.log-out", Locale.GERMANY)).isEqualTo("Log out");
        assertThat(strict.text("shared.layout.log-out", null)).isEqualTo("Log out");
    }

    @Test
    void the_pseudo_locale_accents_every_letter_and_makes_the_text_longer_but_keeps_arguments() {
        String pseudo = strict.text("shared.layout.log-out", Messages.PSEUDO);
        assertThat(pseudo).startsWith("[Ĺöĝ öûţ").endsWith("]");
        assertThat(pseudo.length()).isGreaterThan("Log out".length() * 14 / 10);
        assertThat(Pseudo.localise("Saved at {0}, don''t worry")).startsWith("[Šàṽéđ àţ {0}, đöñ''ţ ŵöŕŕý");
    }

    @Test
    void the_pseudo_locale_is_english_where_it_is_not_turned_on() {
        assertThat(lenient.text("shared.layout.log-out", Messages.PSEUDO)).isEqualTo("Log out");
        assertThat(lenient.getProvidedLocales()).doesNotContain(Messages.PSEUDO);
        assertThat(strict.getProvidedLocales()).contains(Messages.PSEUDO);
    }

    @Test
    void a_missing_key_fails_where_it_is_strict_and_shows_itself_otherwise() {
        assertThatThrownBy(() -> strict.text("shared.no-such-key", Locale.UK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shared.no-such-key");
        assertThat(lenient.text("shared.no-such-key", Locale.UK)).isEqualTo("!shared.no-such-key!");
    }
}
