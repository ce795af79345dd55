package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.domain.ExerciseQuestion;
import org.mendwell.homework.domain.ExerciseQuestionRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.ExerciseTemplateVersionRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
@WithUserDetails(Demo.CLINICIAN)
class ExerciseLibraryServiceTest {

    static final List<String> FREQUENCY =
            List.of("Not at all", "Several days", "More than half the days", "Nearly every day");

    @Autowired
    ExerciseLibraryService library;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    ExerciseTemplateVersionRepository versions;

    @Autowired
    BuiltInLibrary builtInLibrary;

    @Autowired
    ExerciseQuestionRepository questions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private List<TemplateSummary> all(LibraryFilter filter) {
        return library.library(filter, PageRequest.of(0, 100)).getContent();
    }

    private TemplateDetails byKey(String key) {
        return library.template(templates.findByKey(key).orElseThrow().getId());
    }

    /**
     * The library's preview shows a built-in exercise as a client reading the clinician's language would get it
     * (acceptance exploration: a Spanish-reading clinician saw the row "Registro diario" open on the English version);
     * the GAD-7, which has no Spanish version, stays in English. What an assignment copies stays the template as
     * written: the client's language, not the clinician's page, decides the version given.
     */
    @Test
    void a_spanish_reader_previews_the_spanish_version_of_a_built_in_exercise() {
        UUID checkInId = templates.findByKey("daily-check-in").orElseThrow().getId();
        assertThat(library.preview(checkInId).summary().title()).isEqualTo("Daily check-in");
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLINICIAN);
        entityManager.clear(); // the account as this transaction read it before the change

        TemplateDetails checkIn = library.preview(checkInId);
        assertThat(checkIn.summary().title()).isEqualTo("Registro diario");
        assertThat(checkIn.questions())
                .extracting(TemplateDetails.Question::prompt)
                .anySatisfy(prompt -> assertThat(prompt).startsWith("Confianza:"));
        assertThat(library.preview(templates.findByKey("gad-7").orElseThrow().getId())
                        .summary()
                        .title())
                .isEqualTo("GAD-7 (anxiety)");
        assertThat(library.template(checkInId).summary().title())
                .as("the template as written")
                .isEqualTo("Daily check-in");
    }

    @Test
    void the_built_in_library_covers_every_theme_and_audience_and_every_question_kind() {
        var built = all(LibraryFilter.NONE);

        assertThat(built).hasSizeGreaterThanOrEqualTo(14).allMatch(TemplateSummary::builtIn);
        assertThat(built).extracting(TemplateSummary::theme).containsAll(EnumSet.allOf(Theme.class));
        assertThat(built).extracting(TemplateSummary::audience).containsAll(EnumSet.allOf(Audience.class));
        var kinds = built.stream()
                .flatMap(t -> library.template(t.templateId()).questions().stream())
                .map(TemplateDetails.Question::kind)
                .distinct()
                .toList();
        assertThat(kinds).containsExactlyInAnyOrder(QuestionKind.values());
    }

    @Test
    void the_library_filters_by_theme_audience_and_title_words_in_the_database() {
        assertThat(all(new LibraryFilter("", Theme.REPAIR_ATTEMPTS, null)))
                .isNotEmpty()
                .allMatch(t -> t.theme() == Theme.REPAIR_ATTEMPTS);
        assertThat(all(new LibraryFilter("", null, Audience.WAS_HURT)))
                .isNotEmpty()
                .allMatch(t -> t.audience() == Audience.WAS_HURT);
        assertThat(all(new LibraryFilter("CHECK-IN", null, null)))
                .extracting(TemplateSummary::title)
                .containsExactly("Daily check-in");
        assertThat(all(new LibraryFilter("%", null, null)))
                .as("% is searched as a character")
                .isEmpty();
    }

    @Test
    void the_library_pages_and_sorts_and_refuses_unknown_sort_keys() {
        var firstTwo = library.library(LibraryFilter.NONE, PageRequest.of(0, 2, Sort.by("title")))
                .getContent();
        var nextTwo = library.library(LibraryFilter.NONE, PageRequest.of(1, 2, Sort.by("title")))
                .getContent();

        assertThat(firstTwo).hasSize(2);
        assertThat(firstTwo.get(1).title()).isLessThanOrEqualTo(nextTwo.get(0).title());
        assertThatThrownBy(() -> library.library(LibraryFilter.NONE, PageRequest.of(0, 2, Sort.by("ownerId"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_phq9_has_its_nine_published_items_with_the_four_frequency_answers_and_the_difficulty_item() {
        var phq9 = byKey("phq-9");

        assertThat(phq9.summary().measure()).isEqualTo(Measure.PHQ9);
        assertThat(phq9.introduction())
                .contains("Over the last 2 weeks, how often have you been bothered by any of "
                        + "the following problems?");
        assertThat(phq9.questions()).hasSize(10);
        assertThat(phq9.questions().subList(0, 9)).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
            assertThat(q.options()).isEqualTo(FREQUENCY);
            assertThat(q.required()).isTrue();
        });
        assertThat(phq9.questions().get(0).prompt()).isEqualTo("Little interest or pleasure in doing things");
        assertThat(phq9.questions().get(8).prompt())
                .isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
        assertThat(phq9.questions().get(9).required()).isFalse();
    }

    @Test
    void the_built_in_library_marks_its_safety_questions_in_every_version_also_one_already_given() {
        var checkIn = templates.findByKey("daily-check-in").orElseThrow();
        questions.findByTemplateId(checkIn.getId()).forEach(q -> q.classifyAsSafety(false)); // as before V16

        builtInLibrary.run(new DefaultApplicationArguments());

        assertThat(questions.findByTemplateId(checkIn.getId()))
                .filteredOn(ExerciseQuestion::isSafety)
                .extracting(ExerciseQuestion::getPrompt)
                .containsExactlyInAnyOrder(
                        "Safety: how safe do you feel with your partner today?",
                        "Seguridad: ¿cuánta seguridad siente hoy con su pareja?");
        assertThat(versions.countByTemplateId(checkIn.getId()))
                .as("its English and Spanish versions, no new one")
                .isEqualTo(2);
        assertThat(safetyPrompts("weekly-progress"))
                .containsExactly("Safety: how safe do you feel with your partner this week?");
        assertThat(safetyPrompts("phq-9"))
                .containsExactly("Thoughts that you would be better off dead or of hurting yourself in some way");
        assertThat(safetyPrompts("forgiveness-is-not-trust")).isEmpty();
    }

    @Test
    void a_safety_question_reworded_since_a_version_was_given_keeps_its_mark_in_that_version() {
        var checkIn = templates.findByKey("daily-check-in").orElseThrow();
        var given = questions.findByTemplateId(checkIn.getId()).stream()
                .filter(ExerciseQuestion::isSafety)
                .findFirst()
                .orElseThrow();
        // The words a client answered before the library reworded its safety question.
        jdbc.update(
                "update exercise_question set prompt = ? where id = ?", "Safety: how safe do you feel?", given.getId());
        entityManager.clear();

        builtInLibrary.run(new DefaultApplicationArguments());

        assertThat(questions.findById(given.getId()).orElseThrow().isSafety())
                .as("the answered version's safety question, whose words the library no longer has")
                .isTrue();
    }

    private List<String> safetyPrompts(String key) {
        return byKey(key).questions().stream()
                .filter(TemplateDetails.Question::safety)
                .map(TemplateDetails.Question::prompt)
                .toList();
    }

    @Test
    void the_gad7_has_its_seven_published_items() {
        var gad7 = byKey("gad-7");

        assertThat(gad7.summary().measure()).isEqualTo(Measure.GAD7);
        assertThat(gad7.questions()).hasSize(8);
        assertThat(gad7.questions().get(0).prompt()).isEqualTo("Feeling nervous, anxious, or on edge");
        assertThat(gad7.questions().get(6).prompt()).isEqualTo("Feeling afraid, as if something awful might happen");
        assertThat(gad7.questions().subList(0, 7))
                .allSatisfy(q -> assertThat(q.options()).isEqualTo(FREQUENCY));
    }

    @Test
    void the_daily_check_in_has_the_four_charted_scales() {
        var checkIn = byKey("daily-check-in");

        assertThat(checkIn.questions())
                .filteredOn(q -> q.kind() == QuestionKind.SCALE)
                .extracting(q -> q.prompt().substring(0, q.prompt().indexOf(':')))
                .contains("Safety", "Trust", "Hope", "Closeness");
        assertThat(checkIn.questions())
                .filteredOn(q -> q.kind() == QuestionKind.SCALE)
                .allSatisfy(q -> assertThat(q.lowLabel()).isNotBlank());
    }

    @Test
    void starting_again_with_an_unchanged_library_adds_no_template_and_no_version() {
        long templatesBefore = templates.count();
        long versionsBefore = versions.count();

        builtInLibrary.run(new DefaultApplicationArguments());

        assertThat(templates.count()).isEqualTo(templatesBefore);
        assertThat(versions.count())
                .isEqualTo(versionsBefore)
                .as("a version per template, and a Spanish one beside most")
                .isGreaterThan(templatesBefore);
    }

    @Test
    void an_unknown_template_is_not_found() {
        assertThatThrownBy(() -> library.template(UUID.randomUUID())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void clients_do_not_browse_the_library() {
        assertThatThrownBy(() -> all(LibraryFilter.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void administrators_do_not_browse_the_library() {
        assertThatThrownBy(() -> all(LibraryFilter.NONE)).isInstanceOf(AccessDeniedException.class);
    }
}
