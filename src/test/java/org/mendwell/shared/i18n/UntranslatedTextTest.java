package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a view shows comes from the message bundles: a string literal in a view (any {@code ui} package)
 * that reads like words a person would read fails this test. Message keys ({@code intake.step.about}), CSS
 * classes, routes, field names and scripts are not words a person reads and pass. A literal that must stay as
 * it is (the product's name, a language's own name) carries a comment on its line saying so, starting with
 * {@code // the same in every language}.
 */
class UntranslatedTextTest {

    private static final Path MAIN = Path.of("src/main/java/org/mendwell");

    /** A double-quoted Java string literal (text blocks are scripts and CSS here, and are left out). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** Words a person reads: a capitalised word, or two words with a space between them. */
    private static final Pattern WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+|\\p{L}{2,} \\p{L}{2,}");

    /** Literals that are code, not text: scripts, CSS values and selectors, attribute and key names. */
    private static final Pattern CODE = Pattern.compile(
            "^\\.?[a-z][a-zA-Z0-9]*([.-][a-zA-Z0-9-]+)*$" // a key, a CSS class, a property or attribute name
                    + "|\\$\\d|=>|document\\.|this\\.|var\\(--|calc\\(|^[a-z-]+:" // a script or CSS
                    + "|^[\\p{Lu}_]+$" // a constant's name
                    + "|\\{\\}"); // a log line's placeholder: a log call that runs over several lines

    private static final String SAME_IN_EVERY_LANGUAGE = "// the same in every language";

    /**
     * Views not yet moved to the bundles, each listed until its feature's texts are in them. The list only
     * shrinks: a view that has no literal text left must come off it ({@link #the_list_of_views_to_move_is_up_to_date}).
     */
    private static final Set<String> NOT_YET_MOVED = Set.of();

    @Test
    void views_show_only_texts_from_the_message_bundles() throws IOException {
        var found = new TreeMap<String, List<String>>();
        for (Path view : views()) {
            String name = MAIN.relativize(view).toString();
            if (!NOT_YET_MOVED.contains(name)) {
                List<String> texts = literalTexts(view);
                if (!texts.isEmpty()) {
                    found.put(name, texts);
                }
            }
        }
        assertThat(found)
                .as("literal texts in views; put them in src/main/resources/messages/<feature>.properties "
                        + "and <feature>_es.properties and call getTranslation(key)")
                .isEmpty();
    }

    @Test
    void the_list_of_views_to_move_is_up_to_date() throws IOException {
        var moved = new TreeSet<String>();
        for (String name : NOT_YET_MOVED) {
            Path view = MAIN.resolve(name);
            if (!Files.exists(view) || literalTexts(view).isEmpty()) {
                moved.add(name);
            }
        }
        assertThat(moved)
                .as("views in NOT_YET_MOVED that have no literal text left")
                .isEmpty();
    }

    @Test
    void the_scan_finds_a_literal_text_and_passes_keys_and_code() {
        assertThat(textsIn("add(new Button(\"Save draft\"));")).containsExactly("Save draft");
        assertThat(textsIn("setText(\"Saved\");")).containsExactly("Saved");
        assertThat(textsIn("add(new Button(getTranslation(\"homework.save-draft\")));"))
                .isEmpty();
        assertThat(textsIn("addClassName(\"mw-narrow-form\"); getStyle().set(\"gap\", \"var(--lumo-space-m)\");"))
                .isEmpty();
        assertThat(textsIn("executeJs(\"this.focus({preventScroll: true})\");")).isEmpty();
        assertThat(textsIn("String KEY = Focus.class.getName() + \".afterPageLoad\";"))
                .isEmpty();
        assertThat(textsIn("new Span(\"Mendwell\"); " + SAME_IN_EVERY_LANGUAGE)).isEmpty();
        assertThat(textsIn("        \"Unexpected error, incident {}: {} at {}\","))
                .isEmpty();
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(
                            path -> path.getParent().getFileName().toString().equals("ui"))
                    .filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.getFileName().toString().equals("package-info.java"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> literalTexts(Path view) throws IOException {
        var texts = new ArrayList<String>();
        boolean inComment = false;
        for (String line : Files.readAllLines(view)) {
            String code = line.strip();
            if (code.startsWith("/*")) {
                inComment = true;
            }
            if (inComment) {
                inComment = !code.contains("*/");
                continue;
            }
            if (code.startsWith("//")
                    || code.startsWith("@")
                    || code.startsWith("import ")
                    || code.startsWith("log.")) {
                continue;
            }
            texts.addAll(textsIn(line));
        }
        return texts;
    }

    static List<String> textsIn(String line) {
        if (line.contains(SAME_IN_EVERY_LANGUAGE)) {
            return List.of();
        }
        var texts = new ArrayList<String>();
        Matcher literal = LITERAL.matcher(line);
        while (literal.find()) {
            String text = literal.group(1);
            if (WORDS.matcher(text).find() && !CODE.matcher(text).find()) {
                texts.add(text);
            }
        }
        return texts;
    }
}
