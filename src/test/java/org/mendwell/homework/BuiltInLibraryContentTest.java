package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The library file itself: keys unique, limits respected, a version only when the content changes. */
class BuiltInLibraryContentTest {

    @Test
    void every_template_has_a_unique_key_and_fits_the_database_columns() {
        var file = BuiltInLibrary.read();
        var keys = new HashSet<String>();

        assertThat(file.templates()).allSatisfy(t -> {
            assertThat(keys.add(t.key())).as("unique key " + t.key()).isTrue();
            assertThat(t.key()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(80);
            assertThat(t.title()).isNotBlank().hasSizeLessThanOrEqualTo(80);
            assertThat(t.introduction()).isNotBlank().hasSizeLessThanOrEqualTo(600);
            assertThat(t.minutes()).isBetween(2, 60);
            assertThat(t.questions()).isNotEmpty().allSatisfy(q -> {
                assertThat(q.prompt()).isNotBlank().hasSizeLessThanOrEqualTo(500);
                if (q.options() != null) {
                    assertThat(String.join("\n", q.options())).hasSizeLessThanOrEqualTo(1000);
                }
            });
        });
    }

    @Test
    void the_content_hash_changes_with_what_the_client_sees_and_only_then() {
        var entry = BuiltInLibrary.read().templates().getFirst();
        var sameContentOtherFiling = new BuiltInLibrary.TemplateEntry(
                entry.key(),
                entry.title(),
                ExerciseTerms.Theme.REFLECTION,
                entry.audience(),
                !entry.couplesExercise(),
                entry.minutes() + 5,
                entry.suggestedSchedule(),
                entry.introduction(),
                entry.measure(),
                entry.questions());
        var otherTitle = new BuiltInLibrary.TemplateEntry(
                entry.key(),
                entry.title() + " (revised)",
                entry.theme(),
                entry.audience(),
                entry.couplesExercise(),
                entry.minutes(),
                entry.suggestedSchedule(),
                entry.introduction(),
                entry.measure(),
                entry.questions());

        assertThat(BuiltInLibrary.hash(sameContentOtherFiling)).isEqualTo(BuiltInLibrary.hash(entry));
        assertThat(BuiltInLibrary.hash(otherTitle))
                .isNotEqualTo(BuiltInLibrary.hash(entry))
                .hasSize(64);
    }

    @Test
    void every_built_in_exercise_but_the_gad7_has_a_spanish_version_that_fits_the_database_columns() {
        var spanish = BuiltInLibrary.translated(BuiltInLibrary.read(), BuiltInLibrary.readSpanish());

        assertThat(BuiltInLibrary.read().templates())
                .extracting(BuiltInLibrary.TemplateEntry::key)
                .filteredOn(key -> !spanish.containsKey(key))
                .as("a validated measure without a verified Spanish wording stays English")
                .containsExactly("gad-7");
        assertThat(spanish.values()).allSatisfy(t -> {
            assertThat(t.title()).isNotBlank().hasSizeLessThanOrEqualTo(80);
            assertThat(t.introduction()).isNotBlank().hasSizeLessThanOrEqualTo(600);
            assertThat(t.questions())
                    .allSatisfy(q -> assertThat(q.prompt()).isNotBlank().hasSizeLessThanOrEqualTo(500));
        });
        assertThat(spanish.get("phq-9").questions().get(8).isSafety())
                .as("item 9 keeps its safety mark in Spanish")
                .isTrue();
    }

    @Test
    void a_translation_whose_options_do_not_line_up_with_the_english_is_refused() {
        var english = BuiltInLibrary.read();
        var phq9 = BuiltInLibrary.readSpanish().templates().stream()
                .filter(t -> t.key().equals("phq-9"))
                .findFirst()
                .orElseThrow();
        var firstItem = phq9.questions().getFirst();
        var threeOptions = new BuiltInLibrary.TranslatedQuestion(
                firstItem.prompt(), null, null, java.util.List.of("Ningún día", "Varios días", "Casi todos los días"));
        var questions = new java.util.ArrayList<>(phq9.questions());
        questions.set(0, threeOptions);
        var misaligned = new BuiltInLibrary.TranslationFile(
                null,
                java.util.List.of(new BuiltInLibrary.TranslatedTemplate(
                        phq9.key(), phq9.title(), phq9.introduction(), questions)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BuiltInLibrary.translated(english, misaligned))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("phq-9");
    }
}
