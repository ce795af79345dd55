package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.LibraryFilter;
import org.mendwell.homework.TemplateDetails;
import org.mendwell.homework.TemplateDraft;
import org.mendwell.homework.TemplateEditingService;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.TemplateFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
class TemplateEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    TemplateEditingService editing;

    @Autowired
    ExerciseLibraryService library;

    @Autowired
    ExerciseTemplateRepository templates;

    /** The question editor at a place in the list, counted from 0 like the service's problem keys. */
    private QuestionEditor question(int index) {
        return find(QuestionEditor.class).all().get(index);
    }

    private TextArea prompt(int index) {
        return find(TextArea.class, question(index)).withLabel("Question").single();
    }

    @SuppressWarnings("unchecked")
    private void kind(int index, QuestionKind kind) {
        test(find(Select.class, question(index)).withLabel("Answered with").single())
                .selectItem(kind.label());
    }

    private Button button(String label) {
        return find(Button.class).withText(label).single();
    }

    @SuppressWarnings("unchecked")
    private void fileAs(String title) {
        test(find(TextField.class).withLabel("Title").single()).setValue(title);
        test(find(Select.class).withLabel("Theme").single()).selectItem(Theme.SHARED_EXPERIENCES.label());
        test(find(Select.class).withLabel("Suits").single()).selectItem(Audience.EITHER.label());
        test(find(IntegerField.class).withLabel("About how many minutes").single())
                .setValue(15);
    }

    private UUID created(String title) {
        return editing.create(TemplateFixtures.oneQuestion(title)).templateId();
    }

    @Test
    void a_clinician_builds_an_exercise_of_three_kinds_reorders_removes_and_finds_it_in_the_library() {
        navigate(TemplateEditorView.class);
        fileAs("Our Sunday walk");
        test(prompt(0)).setValue("What did you notice on the way?");
        test(button("Add question")).click();
        kind(1, QuestionKind.SCALE);
        test(prompt(1)).setValue("How close did you feel?");
        test(find(TextField.class, question(1)).withLabel("0 means").single()).setValue("Far apart");
        test(find(TextField.class, question(1)).withLabel("10 means").single()).setValue("Very close");
        test(button("Add question")).click();
        kind(2, QuestionKind.SINGLE_CHOICE);
        test(prompt(2)).setValue("Who chose the route?");
        test(find(TextArea.class, question(2))
                        .withLabel("Options, one per line")
                        .single())
                .setValue("Me\nMy partner\n\nWe chose together");
        test(button("Add question")).click();
        test(prompt(3)).setValue("A question I changed my mind about");

        test(find(Button.class).withAriaLabel("Remove question 4").single()).click();
        test(find(Button.class).withAriaLabel("Move question 3 up").single()).click();
        assertThat(find(QuestionEditor.class).all()).hasSize(3);
        assertThat(prompt(1).getValue()).isEqualTo("Who chose the route?");
        assertThat(test(find(Button.class).withAriaLabel("Move question 1 up").single())
                        .isUsable())
                .isFalse();
        test(button("Save")).click();

        assertThat(getCurrentView()).isInstanceOf(LibraryView.class);
        @SuppressWarnings("unchecked")
        Grid<TemplateSummary> grid = find(Grid.class).single();
        var rows = IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i))
                .toList();
        var mine = rows.stream()
                .filter(t -> t.title().equals("Our Sunday walk"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.builtIn()).isFalse();
        assertThat(mine.currentVersion()).isEqualTo(1);
        var questions = library.template(mine.templateId()).questions();
        assertThat(questions)
                .extracting(TemplateDetails.Question::kind)
                .containsExactly(QuestionKind.FREE_TEXT, QuestionKind.SINGLE_CHOICE, QuestionKind.SCALE);
        assertThat(questions.get(1).options()).containsExactly("Me", "My partner", "We chose together");
        assertThat(questions.get(2).highLabel()).isEqualTo("Very close");
    }

    @Test
    void a_refused_save_shows_each_message_next_to_its_field_and_keeps_what_was_typed() {
        navigate(TemplateEditorView.class);
        test(find(TextArea.class)
                        .withLabel("Introduction the client reads first")
                        .single())
                .setValue("Take your time.");
        kind(0, QuestionKind.SCALE);
        test(prompt(0)).setValue("How hopeful are you today?");
        test(button("Add question")).click();

        test(button("Save")).click();

        assertThat(getCurrentView()).isInstanceOf(TemplateEditorView.class);
        var title = find(TextField.class).withLabel("Title").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the exercise a title");
        var low = find(TextField.class, question(0)).withLabel("0 means").single();
        assertThat(low.isInvalid()).isTrue();
        assertThat(low.getErrorMessage()).contains("Say what 0 means");
        assertThat(prompt(0).isInvalid()).isFalse();
        assertThat(prompt(0).getValue()).isEqualTo("How hopeful are you today?");
        assertThat(prompt(1).isInvalid()).isTrue();
        assertThat(prompt(1).getErrorMessage()).isEqualTo("Write the question");
        assertThat(find(TextArea.class)
                        .withLabel("Introduction the client reads first")
                        .single()
                        .getValue())
                .isEqualTo("Take your time.");
        assertThat(library.library(new LibraryFilter("", null, null, true), PageRequest.of(0, 100))
                        .getContent())
                .allMatch(TemplateSummary::builtIn);
    }

    @Test
    void the_preview_shows_the_draft_as_the_client_will_see_it() {
        navigate(TemplateEditorView.class);
        fileAs("Two scales");
        kind(0, QuestionKind.SCALE);
        test(prompt(0)).setValue("How safe do you feel?");
        test(button("Add question")).click();
        kind(1, QuestionKind.YES_NOT_YET_SPACE);
        test(prompt(1)).setValue("Ready to talk about it?");

        test(button("Preview")).click();

        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Two scales");
        var fields = find(RadioButtonGroup.class, dialog).all();
        assertThat(fields).hasSize(2).allMatch(RadioButtonGroup::isReadOnly);
        assertThat(fields)
                .extracting(RadioButtonGroup::getLabel)
                .containsExactly("How safe do you feel?", "Ready to talk about it?");
    }

    @Test
    void editing_an_own_exercise_publishes_the_next_version() {
        UUID mine = created("Where we stand");

        navigate("library/edit/" + mine, TemplateEditorView.class);
        assertThat(prompt(0).getValue()).isEqualTo("Where are you now?");
        test(prompt(0)).setValue("Where do you stand this week?");
        test(button("Save")).click();

        assertThat(getCurrentView()).isInstanceOf(LibraryView.class);
        var saved = library.template(mine);
        assertThat(saved.summary().currentVersion()).isEqualTo(2);
        assertThat(saved.questions())
                .singleElement()
                .satisfies(q -> assertThat(q.prompt()).isEqualTo("Where do you stand this week?"));
    }

    @Test
    void a_save_over_a_version_saved_meanwhile_is_refused_and_the_edits_stay_on_screen() {
        UUID mine = created("Where we stand");
        navigate("library/edit/" + mine, TemplateEditorView.class);
        var otherTab = editing.editable(mine);
        editing.save(
                mine,
                otherTab.lockVersion(),
                new TemplateDraft(
                        "Saved in another tab",
                        "",
                        Theme.BOUNDARIES,
                        Audience.EITHER,
                        false,
                        10,
                        Schedule.ONCE,
                        otherTab.draft().questions()));

        test(find(TextField.class).withLabel("Title").single()).setValue("My edit");
        test(prompt(0)).setValue("My question");
        test(button("Save")).click();

        assertThat(getCurrentView()).isInstanceOf(TemplateEditorView.class);
        var conflict = find(Paragraph.class).withClassName("mw-conflict").single();
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getText()).contains("saved elsewhere").contains("changes are still on screen");
        assertThat(find(TextField.class).withLabel("Title").single().getValue()).isEqualTo("My edit");
        assertThat(prompt(0).getValue()).isEqualTo("My question");
        assertThat(library.template(mine).summary().title()).isEqualTo("Saved in another tab");
    }

    @Test
    void a_built_in_exercise_cannot_be_opened_for_editing() {
        UUID checkIn = templates.findByKey("daily-check-in").orElseThrow().getId();

        navigate("library/edit/" + checkIn, LibraryView.class);

        assertThat(library.template(checkIn).summary().currentVersion()).isEqualTo(1);
    }
}
