package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Spanish portal speaks of people without assuming they are men, and without "preparado o preparada"
 * doublings: "Nueva cuenta de terapeuta", "Invitación enviada", "quien se haga cargo", "la administración de
 * la consulta". This catches the masculine-only forms that slipped in before (a status label that is a bare
 * masculine adjective, "nuevo terapeuta", "el administrador"); plural "los clientes" as a group is kept.
 */
class SpanishIsGenderNeutralTest {

    /** Masculine-only words for a person, and "-o o -a" doublings. */
    private static final Pattern MASCULINE_FOR_A_PERSON =
            Pattern.compile("(?iu)(?<![\\p{L}])(nuevo terapeuta|nuevo cliente|un compañero|un colega|terapeuta activo"
                    + "|(el|al|del) administrador|bienvenido|\\} está desactivado|no escuchado"
                    + "|(\\p{L}+)o o \\3a)(?![\\p{L}])");

    /** A whole text that is a masculine adjective, as a status label for a person would be. */
    private static final Pattern MASCULINE_LABEL =
            Pattern.compile("(?u)(Invitado|Activo|Inactivo|Archivado|Desactivado|Bloqueado|Registrado)");

    /**
     * The reader described by a masculine adjective after a word of feeling ("me sentí relajado", "se sentiría
     * cómodo") or as a scale end ("Muy conectado"), and "juntos" for the reader with a partner or with their
     * clinician ("trabajar juntos"): said as "sentí calma", "Mucha conexión", "en pareja", "en común". An
     * adjective marked "(a)", as in the PHQ-9's official wording, is left alone.
     */
    private static final Pattern MASCULINE_FOR_THE_READER = Pattern.compile(
            "(?iu)(?<![\\p{L}])(juntos|(muy|sent\\p{L}*|siento|siente|sienta)\\s+(un poco\\s+|muy\\s+|más\\s+|menos\\s+)?"
                    + "\\p{L}+(ado|ido|ómodo|oso)(?![\\p{L}])(?!\\s*\\(a\\)))");

    /** Labels that name a thing, not a person: an exercise given to a client is "activo". */
    private static final Set<String> LABELS_OF_THINGS = Set.of("homework.assignment-status.active");

    // ---- Issue 16, the Spanish crawl (F14, F15): a hurt partner, the clients needing attention, the couple reading a
    // letter together were all masculine-only ("que fue herido", "solo los que", "leer juntos"). ----

    /** Masculine-only forms the crawl found where a neutral one exists ("que sufrió el daño", "quienes", "en pareja"). */
    private static final Pattern MASCULINE_FROM_THE_CRAWL = Pattern.compile(
            "(?iu)(?<![\\p{L}])((fue|resultó|quedó|está|están) heridos?|solo los que|(leer|leerán|leemos|leerlo|leerla)"
                    + " juntos)(?![\\p{L}])");

    @Test
    void the_check_catches_the_crawls_forms_and_spares_their_neutral_ones() {
        assertThat(masculineOnly("Miembro de la pareja que fue herido")).isTrue();
        assertThat(masculineOnly("Solo los que requieren atención")).isTrue();
        assertThat(masculineOnly("Para leer juntos en la próxima sesión")).isTrue();
        assertThat(masculineOnly("{0} le ha escrito una carta. La leerán juntos en la próxima sesión."))
                .isTrue();
        assertThat(masculineOnly("Leer juntos en sesión")).isTrue();
        assertThat(masculineOnly("Miembro de la pareja que sufrió el daño")).isFalse();
        assertThat(masculineOnly("Solo quienes requieren atención")).isFalse();
        assertThat(masculineOnly("Para leer en pareja en la próxima sesión")).isFalse();
    }

    // ---- end of the crawl's block ----

    @Test
    void no_spanish_bundle_text_speaks_of_a_person_in_the_masculine_only() {
        assertThat(SpanishIsUstedTest.spanishTextsWhere(
                        (key, text) -> !LABELS_OF_THINGS.contains(key) && masculineOnly(text)))
                .isEmpty();
    }

    /**
     * Real use (issue 16): the library's connection scale ended in "Muy conectado" and its options said "Me sentí
     * relajado"; this test read the bundles only, not the library.
     */
    @Test
    void no_built_in_exercise_in_spanish_speaks_of_the_reader_in_the_masculine_only() {
        assertThat(SpanishIsUstedTest.spanishLibraryTexts().stream().filter(SpanishIsGenderNeutralTest::masculineOnly))
                .isEmpty();
    }

    @Test
    void the_check_catches_the_forms_it_is_for_and_spares_neutral_ones() {
        assertThat(masculineOnly("Muy conectado")).isTrue();
        assertThat(masculineOnly("Por momentos me sentí incómodo")).isTrue();
        assertThat(masculineOnly("¿Se sentiría cómodo diciéndolo?")).isTrue();
        assertThat(masculineOnly("que trabajar juntos sea seguro para usted")).isTrue();
        assertThat(masculineOnly("Mucha conexión")).isFalse();
        assertThat(masculineOnly("Por momentos sentí incomodidad")).isFalse();
        assertThat(masculineOnly("Se ha sentido cansado(a) o con poca energía")).isFalse();
        assertThat(masculineOnly("Este acuerdo no está detenido.")).isFalse();
        assertThat(masculineOnly("Nuevo terapeuta")).isTrue();
        assertThat(masculineOnly("Invitado")).isTrue();
        assertThat(masculineOnly("Activo")).isTrue();
        assertThat(masculineOnly("¿Qué tan preparado o preparada se siente?")).isTrue();
        assertThat(masculineOnly("Consulte al administrador de la consulta.")).isTrue();
        assertThat(masculineOnly("{0} está desactivado")).isTrue();
        assertThat(masculineOnly("Nueva cuenta de terapeuta")).isFalse();
        assertThat(masculineOnly("Invitación enviada")).isFalse();
        assertThat(masculineOnly("Cuenta activa")).isFalse();
        assertThat(masculineOnly("Consulte a la administración de la consulta."))
                .isFalse();
        assertThat(masculineOnly("Elija algo o nada.")).isFalse();
    }

    static boolean masculineOnly(String text) {
        return MASCULINE_FOR_A_PERSON.matcher(text).find()
                || MASCULINE_FOR_THE_READER.matcher(text).find()
                || MASCULINE_LABEL.matcher(text.strip()).matches()
                || MASCULINE_FROM_THE_CRAWL.matcher(text).find();
    }
}
