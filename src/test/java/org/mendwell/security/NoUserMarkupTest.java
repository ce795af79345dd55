package org.mendwell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vaadin shows text set with setText or a component's value as text, never as markup; only the Html
 * component, an innerHTML property or a script can turn a string into markup. None of them may appear
 * in the portal's code, so nothing anyone types can ever be rendered as markup.
 */
class NoUserMarkupTest {

    private static final Pattern MARKUP_SINKS = Pattern.compile(
            "new\\s+Html\\s*\\(|\\binnerHTML\\b|\\.setInnerHtml\\(|\\bouterHTML\\b|insertAdjacentHTML|document\\.write");

    @Test
    void no_code_turns_a_string_into_markup() throws IOException {
        List<String> sinks;
        try (Stream<Path> files = Stream.of("src/main/java", "src/main/resources", "frontend")
                .map(Path::of)
                .filter(Files::exists)
                .flatMap(NoUserMarkupTest::walk)) {
            // Vaadin writes its own client code into frontend/generated; only our code is checked.
            sinks = files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("generated"))
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".js"))
                    .flatMap(NoUserMarkupTest::sinksIn)
                    .toList();
        }
        assertThat(sinks).isEmpty();
    }

    @Test
    void the_check_recognises_each_sink() {
        assertThat(MARKUP_SINKS
                        .matcher("add(new Html(\"<b>\" + name + \"</b>\"))")
                        .find())
                .isTrue();
        assertThat(MARKUP_SINKS
                        .matcher("getElement().setProperty(\"innerHTML\", text)")
                        .find())
                .isTrue();
        assertThat(MARKUP_SINKS.matcher("el.insertAdjacentHTML('beforeend', s)").find())
                .isTrue();
        assertThat(MARKUP_SINKS.matcher("dialog.innerHTML = '<p>' + text").find())
                .isTrue();
        assertThat(MARKUP_SINKS.matcher("add(new Paragraph(text))").find()).isFalse();
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static Stream<String> sinksIn(Path file) {
        try {
            var lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> MARKUP_SINKS.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
