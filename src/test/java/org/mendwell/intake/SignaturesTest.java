package org.mendwell.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which typed names sign the intake of Elena Sorvino (who may have asked to be called Lena), and which do not. */
class SignaturesTest {

    @ParameterizedTest(name = "\"{0}\" with preferred name \"{1}\" signs: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "Elena Sorvino,          -,    true",
                "'  elena   SORVINO ',   -,    true",
                "Eléna Sorvíno,          -,    true",
                "ELENA SÖRVINO,          -,    true",
                "Elena Sorvino-Marsh,    -,    false",
                "Elena,                  -,    false",
                "Lena,                   Lena, true",
                "lena sorvino,           Lena, true",
                "Léna   Sorvino,         Lena, true",
                "Lena Smith,             Lena, false",
                "'   ',                  Lena, false",
                "Lena,                   '  ', false",
            })
    void a_signature_matches_ignoring_case_spaces_and_accents_and_the_preferred_name_signs_too(
            String typed, String preferred, boolean signs) {
        assertThat(Signatures.matches(typed, "Elena Sorvino", preferred)).isEqualTo(signs);
    }

    @ParameterizedTest(name = "\"{0}\" signs for \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Zoe Muller | Zoë Müller",
                "Søren Kierkegård | Soren Kierkegard",
                "Łukasz Nowak | lukasz nowak",
                "zoe o'brien nunez | Zoë O’Brien-Ñúñez",
                "Zoe OBrien-Nunez | Zoë O’Brien-Ñúñez",
                "ZOË O’BRIEN – ÑÚÑEZ | Zoë O'Brien-Ñúñez"
            })
    void the_clinicians_accents_need_not_be_typed_and_the_clients_need_not_match_them(String typed, String full) {
        assertThat(Signatures.matches(typed, full, null)).isTrue();
    }
}
