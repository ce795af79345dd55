package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Spanish portal addresses the reader as usted throughout: a tú form that slips into a bundle or into the
 * built-in exercises (the check-in once said "Lo que necesito de ti ahora: ¿qué le ayudaría hoy?") fails here.
 * Words a person says to their partner, quoted in «», may use tú; so may the PHQ-9's official wording, which is
 * kept verbatim and happens to use none.
 */
class SpanishIsUstedTest {

    /** Tú forms that usted Spanish never uses: pronouns, possessives and second-person verbs. */
    private static final Pattern TU_WORD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(tu|tus|ti|contigo|te|puedes|quieres|tienes|estás|eres|sabes|necesitas|sientes|haces"
                    + "|vas|has|hiciste|sentiste|podrías|querrías|cuéntanos|dinos|tómate|pregúntate|acuérdate"
                    + "|imagínate|fíjate)(?![\\p{L}])");

    /**
     * Imperatives whose tú form is also the usted present ("mientras escribe" is usted): tú only where a sentence
     * starts with them.
     */
    private static final Pattern TU_IMPERATIVE = Pattern.compile(
            "(?u)(^|[.!?¿¡:]\\s*)(Escribe|Elige|Piensa|Mira|Intenta|Anota|Marca|Recuerda|Prueba|Describe"
                    + "|Responde|Indica|Selecciona|Imagina|Haz|Pon|Di|Ten|Sé|Usa|Comparte|Nombra)(?![\\p{L}])");

    private static final Pattern QUOTED = Pattern.compile("«[^»]*»");

    @Test
    void no_spanish_bundle_text_addresses_the_reader_as_tu() {
        assertThat(spanishTextsWhere((key, text) -> addressesAsTu(text))).isEmpty();
    }

    @Test
    void no_built_in_exercise_in_spanish_addresses_the_client_as_tu() {
        assertThat(spanishLibraryTexts().stream().filter(SpanishIsUstedTest::addressesAsTu))
                .isEmpty();
    }

    /** Every string of the Spanish built-in library after its English note on sources. */
    static List<String> spanishLibraryTexts() {
        String file = resource("/org/mendwell/homework/built-in-library_es.json");
        String library = file.substring(file.indexOf("\"templates\"")); // after the file's English note on sources
        List<String> texts = new ArrayList<>();
        var string = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(library);
        while (string.find()) {
            texts.add(string.group(1));
        }
        return texts;
    }

    @Test
    void the_check_catches_the_tu_forms_it_is_for_and_spares_usted_and_quoted_speech() {
        assertThat(addressesAsTu("Lo que necesito de ti ahora: ¿qué le ayudaría hoy?"))
                .isTrue();
        assertThat(addressesAsTu("¿Cómo te sientes hoy?")).isTrue();
        assertThat(addressesAsTu("Elige una opción.")).isTrue();
        assertThat(addressesAsTu("Puedes escribirlo aquí.")).isTrue();
        assertThat(addressesAsTu("Sus respuestas se guardan a medida que escribe."))
                .isFalse();
        assertThat(addressesAsTu("Diga a su pareja: «Estoy de tu lado.»")).isFalse();
        assertThat(addressesAsTu("Elija una opción; después tómese su tiempo.")).isFalse();
    }

    /** Every Spanish bundle text the check picks out, as {@code key=text}. */
    static List<String> spanishTextsWhere(java.util.function.BiPredicate<String, String> check) {
        List<String> found = new ArrayList<>();
        for (Messages.Bundle bundle : Messages.bundles()) {
            if (bundle.language() == Language.SPANISH) {
                bundle.texts().forEach((key, text) -> {
                    if (check.test(key, text)) {
                        found.add(key + "=" + text);
                    }
                });
            }
        }
        return found;
    }

    static boolean addressesAsTu(String text) {
        String spoken = QUOTED.matcher(text).replaceAll("");
        return TU_WORD.matcher(spoken).find() || TU_IMPERATIVE.matcher(spoken).find();
    }

    private static String resource(String path) {
        try (InputStream in = SpanishIsUstedTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
