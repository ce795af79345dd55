package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.i18n.Messages.Bundle;

/** The message bundles are complete and well formed in every language, so no page shows a key or a broken text. */
class BundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** An apostrophe MessageFormat would swallow: one not written twice. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final List<Bundle> bundles = Messages.bundles();

    @Test
    void every_feature_has_a_bundle_in_every_language_with_the_same_keys() {
        Map<String, Map<Language, Bundle>> byFeature = bundles.stream()
                .collect(Collectors.groupingBy(
                        Bundle::feature, TreeMap::new, Collectors.toMap(Bundle::language, Function.identity())));
        assertThat(byFeature).isNotEmpty();
        byFeature.forEach((feature, languages) -> {
            assertThat(languages.keySet()).as(feature).containsExactlyInAnyOrder(Language.values());
            Set<String> english = languages.get(Language.ENGLISH).texts().keySet();
            for (Bundle bundle : languages.values()) {
                assertThat(bundle.texts().keySet())
                        .as("keys of %s in %s", feature, bundle.language())
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        });
    }

    @Test
    void every_key_starts_with_its_feature_so_that_no_two_bundles_share_one() {
        for (Bundle bundle : bundles) {
            assertThat(bundle.texts().keySet())
                    .as(bundle.feature())
                    .allMatch(key -> key.startsWith(bundle.feature() + "."));
        }
    }

    @Test
    void every_text_is_a_pattern_with_the_same_arguments_in_every_language() {
        Map<String, Set<String>> englishArguments = new TreeMap<>();
        bundles.stream()
                .filter(bundle -> bundle.language() == Language.ENGLISH)
                .forEach(bundle -> bundle.texts().forEach((key, text) -> englishArguments.put(key, arguments(text))));
        for (Bundle bundle : bundles) {
            bundle.texts().forEach((key, text) -> {
                assertThat(text).as("%s in %s", key, bundle.language()).isNotBlank();
                assertThat(LONE_APOSTROPHE.matcher(text).find())
                        .as(
                                "%s in %s has an apostrophe MessageFormat would drop: write '' or ’",
                                key, bundle.language())
                        .isFalse();
                new MessageFormat(text, bundle.language().locale()); // throws on a malformed pattern
                assertThat(arguments(text))
                        .as("arguments of %s in %s", key, bundle.language())
                        .isEqualTo(englishArguments.get(key));
            });
        }
    }

    @Test
    void the_checks_catch_a_lone_apostrophe_and_count_arguments() {
        assertThat(LONE_APOSTROPHE.matcher("don't").find()).isTrue();
        assertThat(LONE_APOSTROPHE.matcher("don''t and don’t").find()).isFalse();
        assertThat(arguments("{0} of {1,number,integer}")).containsExactly("0", "1");
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }
}
