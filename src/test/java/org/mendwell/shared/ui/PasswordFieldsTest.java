package org.mendwell.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every password field is made by {@link PasswordFields}, so that its reveal button speaks the page's language
 * (SpanishScreensTest checks the words on a page; SpanishJourneyIT the sign-in form's in Chromium).
 */
class PasswordFieldsTest {

    @Test
    void no_view_makes_a_password_field_of_its_own() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> own = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.getFileName().toString().equals("PasswordFields.java"))
                    .flatMap(PasswordFieldsTest::lines)
                    .filter(line -> line.contains("new PasswordField(") || line.contains("new LoginOverlay("))
                    .toList();
            assertThat(own).isEmpty();
        }
    }

    @Test
    void the_sign_in_form_is_the_only_login_form_and_its_reveal_button_is_named() throws IOException {
        List<String> forms;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            forms = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> read(path).contains("new LoginForm("))
                    .map(path -> path.getFileName().toString())
                    .toList();
        }
        assertThat(forms).containsExactly("LoginView.java");
        assertThat(read(Path.of("src/main/java/org/mendwell/account/ui/LoginView.java")))
                .contains("PasswordFields.revealInPageLanguage(form)");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> lines(Path path) {
        return read(path).lines().map(line -> path.getFileName() + ": " + line.strip());
    }
}
