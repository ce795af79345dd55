package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A language is named in the reader's language ("en inglés" on a Spanish page, "in Spanish" on an English one); only
 * a list of languages to choose from names each in itself. Issue 16: the consent texts page said "en English", and
 * a submitted intake "(English)" on a Spanish page.
 */
class LanguageNamesTest {

    @Test
    void each_language_has_a_name_in_every_language_of_the_portal() {
        assertThat(Messages.in(Locale.forLanguageTag("es"), Language.ENGLISH.nameKey()))
                .isEqualTo("inglés");
        assertThat(Messages.in(Locale.forLanguageTag("es"), Language.SPANISH.nameKey()))
                .isEqualTo("español");
        assertThat(Messages.in(Locale.UK, Language.SPANISH.nameKey())).isEqualTo("Spanish");
        assertThat(Messages.in(Locale.UK, Language.ENGLISH.nameKey())).isEqualTo("English");
    }

    @Test
    void a_languages_own_name_is_used_only_for_the_items_of_a_list_to_choose_from() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> uses = sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(LanguageNamesTest::lines)
                    .filter(line -> line.contains("ownName()") || line.contains("::ownName"))
                    .filter(line -> !line.contains("setItemLabelGenerator(Language::ownName)")
                            && !line.contains("new Button(language.ownName()")
                            && !line.contains("public String ownName()"))
                    .toList();
            assertThat(uses).isEmpty();
        }
    }

    private static Stream<String> lines(Path path) {
        try {
            return Files.readAllLines(path).stream().map(line -> path.getFileName() + ": " + line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
