package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mendwell.support.TemplateFixtures.choice;
import static org.mendwell.support.TemplateFixtures.draft;
import static org.mendwell.support.TemplateFixtures.freeText;
import static org.mendwell.support.TemplateFixtures.scale;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.domain.ExerciseQuestion;
import org.mendwell.homework.domain.ExerciseQuestionRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.ExerciseTemplateVersionRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
@WithUserDetails(Demo.CLINICIAN)
class TemplateEditingServiceTest {

    @Autowired
    TemplateEditingService editing;

    @Autowired
    ExerciseLibraryService library;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    ExerciseTemplateVersionRepository versions;

    @Autowired
    ExerciseQuestionRepository questions;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    static TemplateDraft walk() {
        return draft(
                "The evening walk",
                freeText("Where did you walk?"),
                scale("How connected did you feel?", "Not at all", "Completely"),
                choice("Who suggested it?", "Me", "My partner", "Both of us"));
    }

    private List<TemplateSummary> myLibrary(boolean withArchived) {
        return library
                .library(new LibraryFilter("", null, null, withArchived), PageRequest.of(0, 100))
                .getContent()
                .stream()
                .filter(t -> !t.builtIn())
                .toList();
    }

    private UUID builtIn(String key) {
        return templates.findByKey(key).orElseThrow().getId();
    }

    private List<String> promptsOfVersion(UUID templateId, int number) {
        var version = versions.findByTemplateIdAndNumber(templateId, number).orElseThrow();
        return questions.findByTemplateVersionIdOrderByPosition(version.getId()).stream()
                .map(ExerciseQuestion::getPrompt)
                .toList();
    }

    private UUID giveToRobin(UUID templateId) {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        return assignments
                .assign(new AssignExercise(
                        clientIds.of(Demo.CLIENT),
                        templateId,
                        null,
                        ExerciseSchedule.once(today.plusDays(2), LocalTime.NOON),
                        false,
                        null))
                .getFirst()
                .assignmentId();
    }

    @Test
    void a_clinician_writes_an_exercise_of_their_own_that_joins_their_library_as_version_1() {
        var created = editing.create(walk());

        assertThat(created.currentVersion()).isEqualTo(1);
        assertThat(created.draft()).isEqualTo(walk());
        assertThat(myLibrary(false)).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("The evening walk");
            assertThat(t.theme()).isEqualTo(Theme.BOUNDARIES);
            assertThat(t.suggestedSchedule()).isEqualTo(Schedule.WEEKLY);
        });
        var details = library.template(created.templateId());
        assertThat(details.questions())
                .extracting(TemplateDetails.Question::kind)
                .containsExactly(QuestionKind.FREE_TEXT, QuestionKind.SCALE, QuestionKind.SINGLE_CHOICE);
        assertThat(details.questions().get(1).lowLabel()).isEqualTo("Not at all");
        assertThat(details.questions().get(2).options()).containsExactly("Me", "My partner", "Both of us");
    }

    @Test
    void saving_a_change_publishes_a_new_version_and_refiles_the_template() {
        var created = editing.create(walk());
        var changed = new TemplateDraft(
                "The evening walk, together",
                walk().introduction(),
                Theme.SHARED_EXPERIENCES,
                Audience.EITHER,
                true,
                25,
                Schedule.DAILY,
                List.of(
                        walk().questions().get(2),
                        walk().questions().get(0),
                        freeText("What will you try next time?")));

        var saved = editing.save(created.templateId(), created.lockVersion(), changed);

        assertThat(saved.currentVersion()).isEqualTo(2);
        assertThat(saved.lockVersion()).isGreaterThan(created.lockVersion());
        assertThat(saved.draft()).isEqualTo(changed);
        var summary = library.template(created.templateId()).summary();
        assertThat(summary.title()).isEqualTo("The evening walk, together");
        assertThat(summary.minutes()).isEqualTo(25);
        assertThat(summary.couplesExercise()).isTrue();
        assertThat(promptsOfVersion(created.templateId(), 1))
                .containsExactly("Where did you walk?", "How connected did you feel?", "Who suggested it?");
    }

    @Test
    void saving_only_the_filing_keeps_the_version_clients_are_given() {
        var created = editing.create(walk());
        var refiled = new TemplateDraft(
                walk().title(),
                walk().introduction(),
                Theme.REPAIR_ATTEMPTS,
                Audience.CAUSED_HARM,
                false,
                5,
                Schedule.ONCE,
                walk().questions());

        var saved = editing.save(created.templateId(), created.lockVersion(), refiled);

        assertThat(saved.currentVersion()).isEqualTo(1);
        assertThat(library.template(created.templateId()).summary().theme()).isEqualTo(Theme.REPAIR_ATTEMPTS);
        assertThat(versions.countByTemplateId(created.templateId())).isEqualTo(1);
    }

    @Test
    void an_exercise_given_before_an_edit_keeps_the_questions_it_was_given_with() {
        var created = editing.create(walk());
        UUID given = giveToRobin(created.templateId());

        editing.save(created.templateId(), created.lockVersion(), draft("The evening walk", freeText("Where next?")));

        var robin = clientIds.of(Demo.CLIENT);
        assertThat(assignments.assignmentsOf(robin))
                .filteredOn(a -> a.assignmentId().equals(given))
                .singleElement()
                .satisfies(a -> assertThat(a.templateVersion()).isEqualTo(1));
        assertThat(promptsOfVersion(created.templateId(), 1)).hasSize(3).first().isEqualTo("Where did you walk?");
        assertThat(promptsOfVersion(created.templateId(), 2)).containsExactly("Where next?");
        UUID givenAfter = giveToRobin(created.templateId());
        assertThat(assignments.assignmentsOf(robin))
                .filteredOn(a -> a.assignmentId().equals(givenAfter))
                .singleElement()
                .satisfies(a -> assertThat(a.templateVersion()).isEqualTo(2));
    }

    @Test
    void a_save_over_a_version_saved_meanwhile_is_refused_and_changes_nothing() {
        var opened = editing.create(walk());
        var firstTab = editing.editable(opened.templateId());
        editing.save(opened.templateId(), opened.lockVersion(), draft("Saved in another tab", freeText("One?")));

        assertThatThrownBy(() -> editing.save(
                        opened.templateId(),
                        firstTab.lockVersion(),
                        draft("Saved from the stale tab", freeText("Two?"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys("lockVersion")
                                .hasValueSatisfying(new org.assertj.core.api.Condition<>(
                                        m -> m.contains("saved elsewhere") && m.contains("version 2"),
                                        "a conflict message")));
        assertThat(library.template(opened.templateId()).summary().title()).isEqualTo("Saved in another tab");
    }

    @Test
    void built_in_exercises_cannot_be_edited_or_archived() {
        UUID checkIn = builtIn("daily-check-in");

        for (Runnable change : List.<Runnable>of(
                () -> editing.editable(checkIn),
                () -> editing.save(checkIn, 0, walk()),
                () -> editing.archive(checkIn))) {
            assertThatThrownBy(change::run)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get("templateId")).contains("Make a copy"));
        }
        assertThat(library.template(checkIn).summary().title()).isEqualTo("Daily check-in");
    }

    @Test
    void a_built_in_exercise_is_copied_into_an_own_template_with_its_filing_and_questions() {
        UUID checkIn = builtIn("daily-check-in");
        var original = library.template(checkIn);

        var copy = editing.copy(checkIn);

        assertThat(copy.templateId()).isNotEqualTo(checkIn);
        assertThat(copy.currentVersion()).isEqualTo(1);
        assertThat(copy.draft().title()).isEqualTo("Copy of Daily check-in");
        assertThat(copy.draft().theme()).isEqualTo(original.summary().theme());
        assertThat(copy.draft().minutes()).isEqualTo(original.summary().minutes());
        assertThat(copy.draft().questions())
                .extracting(TemplateDraft.Question::prompt)
                .containsExactlyElementsOf(original.questions().stream()
                        .map(TemplateDetails.Question::prompt)
                        .toList());
        assertThat(library.template(copy.templateId()).summary().builtIn()).isFalse();
        assertThat(library.template(copy.templateId()).questions())
                .as("the safety question stays one")
                .filteredOn(TemplateDetails.Question::safety)
                .extracting(TemplateDetails.Question::position)
                .containsExactly(4);
        var renamed = new TemplateDraft(
                "Our check-in",
                copy.draft().introduction(),
                copy.draft().theme(),
                copy.draft().audience(),
                true,
                copy.draft().minutes(),
                copy.draft().suggestedSchedule(),
                copy.draft().questions());
        var saved = editing.save(copy.templateId(), copy.lockVersion(), renamed);
        assertThat(library.template(copy.templateId()).questions())
                .as("and stays one through the editor")
                .filteredOn(TemplateDetails.Question::safety)
                .extracting(TemplateDetails.Question::position)
                .containsExactly(4);
        var edited = editing.save(copy.templateId(), saved.lockVersion(), walk());
        assertThat(edited.currentVersion()).isEqualTo(3);
        assertThat(library.template(checkIn).questions()).isEqualTo(original.questions());
    }

    @Test
    void the_validated_measures_cannot_be_copied() {
        for (String measure : List.of("phq-9", "gad-7")) {
            assertThatThrownBy(() -> editing.copy(builtIn(measure)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get("templateId")).contains("validated questionnaire"));
        }
        assertThat(myLibrary(true)).isEmpty();
    }

    @Test
    void an_archived_template_leaves_the_library_cannot_be_given_and_keeps_what_was_given() {
        var created = editing.create(walk());
        UUID givenBefore = giveToRobin(created.templateId());

        var archived = editing.archive(created.templateId());

        assertThat(archived.archived()).isTrue();
        assertThat(myLibrary(false)).isEmpty();
        assertThat(myLibrary(true))
                .singleElement()
                .satisfies(t -> assertThat(t.archived()).isTrue());
        assertThatThrownBy(() -> giveToRobin(created.templateId()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("templateId")).contains("archived"));
        var robin = clientIds.of(Demo.CLIENT);
        assertThat(assignments.assignmentsOf(robin)).singleElement().satisfies(a -> {
            assertThat(a.assignmentId()).isEqualTo(givenBefore);
            assertThat(a.status()).isEqualTo(AssignmentStatus.ACTIVE);
        });

        editing.restore(created.templateId());
        assertThat(myLibrary(false)).hasSize(1);
        assertThat(giveToRobin(created.templateId())).isNotNull();
    }

    @Test
    void question_problems_are_reported_by_question_position() {
        var problems = new TemplateDraft.Question[] {
            freeText("Fine"),
            freeText("  "),
            scale("No ends", " ", null),
            choice("One option only", "Yes", "  "),
            choice("Twice", "Yes", "No", "yes"),
            choice(
                    "Too many",
                    IntStream.rangeClosed(1, 13).mapToObj(i -> "Option " + i).toArray(String[]::new)),
            choice("Too long", "Short", "x".repeat(81)),
            new TemplateDraft.Question(null, "No kind", true, null, null, List.of())
        };

        assertThatThrownBy(() -> editing.create(draft("Problems", problems)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys(
                                        "questions[1].prompt",
                                        "questions[2].lowLabel",
                                        "questions[2].highLabel",
                                        "questions[3].options",
                                        "questions[4].options",
                                        "questions[5].options",
                                        "questions[6].options",
                                        "questions[7].kind")
                                .containsEntry("questions[3].options", "Write at least two options, one per line")
                                .containsEntry("questions[4].options", "\"yes\" is there twice; each option once"));
        assertThat(myLibrary(true)).isEmpty();
    }

    @Test
    void labels_and_options_that_do_not_belong_to_the_kind_are_not_published() {
        var created = editing.create(draft(
                "Kinds",
                new TemplateDraft.Question(
                        QuestionKind.FREE_TEXT, "Free", true, "left over", "left over", List.of("left", "over"))));

        assertThat(library.template(created.templateId()).questions())
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.lowLabel()).isNull();
                    assertThat(q.options()).isEmpty();
                });
    }

    @Test
    void filing_problems_are_reported_by_field() {
        var bad = new TemplateDraft(" ", "x".repeat(601), Theme.WELLBEING_MEASURE, null, false, 0, null, List.of());

        assertThatThrownBy(() -> editing.create(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys(
                                        "title",
                                        "introduction",
                                        "theme",
                                        "audience",
                                        "minutes",
                                        "suggestedSchedule",
                                        "questions"));
        var tooMany = new ArrayList<TemplateDraft.Question>();
        IntStream.rangeClosed(1, TemplateDraft.MAX_QUESTIONS + 1).forEach(i -> tooMany.add(freeText("Q" + i)));
        assertThatThrownBy(() -> editing.create(draft("Long", tooMany.toArray(TemplateDraft.Question[]::new))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("questions"));
    }

    @Test
    void another_clinician_finds_nothing_of_your_templates() {
        UUID mine = editing.create(walk()).templateId();

        signIn.as(Demo.CLINICIAN_2);

        assertThat(myLibrary(true)).isEmpty();
        for (Runnable attempt : List.<Runnable>of(
                () -> library.template(mine),
                () -> editing.editable(mine),
                () -> editing.save(mine, 0, walk()),
                () -> editing.copy(mine),
                () -> editing.archive(mine),
                () -> editing.restore(mine))) {
            assertThatThrownBy(attempt::run).isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void clients_cannot_write_or_copy_templates() {
        UUID mine = editing.create(walk()).templateId();

        signIn.as(Demo.CLIENT);

        for (Runnable attempt : List.<Runnable>of(
                () -> editing.create(walk()),
                () -> editing.editable(mine),
                () -> editing.save(mine, 0, walk()),
                () -> editing.copy(mine),
                () -> editing.archive(mine),
                () -> editing.restore(mine))) {
            assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class);
        }
    }
}
