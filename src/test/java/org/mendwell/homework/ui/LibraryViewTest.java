package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.TemplateEditingService;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.TemplateFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
class LibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    TemplateEditingService editing;

    @SuppressWarnings("unchecked")
    private Grid<TemplateSummary> grid() {
        return find(Grid.class).single();
    }

    private int rowOf(String title) {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private List<String> titles() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).title())
                .toList();
    }

    private Button inDialog(String label) {
        return find(Button.class, find(Dialog.class).single()).withText(label).single();
    }

    private void ownExercise(String title) {
        editing.create(TemplateFixtures.oneQuestion(title));
    }

    @Test
    void the_library_lists_the_built_in_exercises_and_narrows_by_theme_and_words() {
        navigate(LibraryView.class);
        int everything = test(grid()).size();
        assertThat(everything).isGreaterThanOrEqualTo(14);

        @SuppressWarnings("unchecked")
        Select<Theme> theme = find(Select.class).withAriaLabel("Theme").single();
        test(theme).selectItem(Theme.WELLBEING_MEASURE.label());
        assertThat(test(grid()).size()).isEqualTo(2);

        theme.clear();
        test(find(TextField.class).withPlaceholder("Search titles").single()).setValue("check-in");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).title()).isEqualTo("Daily check-in");
    }

    @Test
    void opening_an_exercise_previews_its_questions_read_only() {
        navigate(LibraryView.class);

        test(grid()).clickRow(rowOf("PHQ-9 (mood)"));

        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("PHQ-9 (mood)");
        var items = find(RadioButtonGroup.class, dialog).all();
        assertThat(items).hasSize(10).allMatch(RadioButtonGroup::isReadOnly);
        assertThat(items.getFirst().getLabel()).isEqualTo("Little interest or pleasure in doing things");
    }

    @Test
    void a_reflection_previews_with_text_and_choice_fields() {
        navigate(LibraryView.class);

        test(grid()).clickRow(rowOf("Daily check-in"));

        var dialog = find(Dialog.class).single();
        assertThat(find(TextArea.class, dialog).all()).isNotEmpty().allMatch(TextArea::isReadOnly);
        assertThat(find(RadioButtonGroup.class, dialog).all())
                .as("the 0-10 scales")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(find(CheckboxGroup.class, dialog).exists()
                        || find(TextArea.class, dialog).exists())
                .isTrue();
    }

    @Test
    void the_new_exercise_button_opens_an_empty_editor() {
        navigate(LibraryView.class);

        test(find(Button.class).withText("New exercise").single()).click();

        assertThat(getCurrentView()).isInstanceOf(TemplateEditorView.class);
        assertThat(find(TextField.class).withLabel("Title").single().getValue()).isEmpty();
    }

    @Test
    void copying_a_built_in_exercise_opens_the_copy_in_the_editor() {
        navigate(LibraryView.class);
        test(grid()).clickRow(rowOf("Daily check-in"));

        test(inDialog("Make a copy")).click();

        assertThat(getCurrentView()).isInstanceOf(TemplateEditorView.class);
        assertThat(find(TextField.class).withLabel("Title").single().getValue()).isEqualTo("Copy of Daily check-in");
        assertThat(find(QuestionEditor.class).all()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void a_built_in_exercise_offers_no_edit_or_archive_and_a_measure_no_copy() {
        navigate(LibraryView.class);
        test(grid()).clickRow(rowOf("Daily check-in"));
        var dialog = find(Dialog.class).single();
        assertThat(find(Button.class, dialog).all())
                .extracting(Button::getText)
                .contains("Give to a client", "Make a copy")
                .doesNotContain("Edit", "Archive");
        dialog.close();

        test(grid()).clickRow(rowOf("PHQ-9 (mood)"));

        assertThat(find(Button.class, find(Dialog.class).single()).all())
                .extracting(Button::getText)
                .contains("Give to a client")
                .doesNotContain("Make a copy", "Edit");
    }

    @Test
    void an_archived_exercise_leaves_the_library_and_comes_back_with_show_archived_and_restore() {
        ownExercise("Where we stand");
        navigate(LibraryView.class);
        test(grid()).clickRow(rowOf("Where we stand"));

        test(inDialog("Archive")).click();

        assertThat(titles()).doesNotContain("Where we stand");
        test(find(Checkbox.class).withLabel("Show archived").single()).click();
        assertThat(titles()).contains("Where we stand");
        assertThat(test(grid()).getRow(rowOf("Where we stand")).archived()).isTrue();
        test(grid()).clickRow(rowOf("Where we stand"));
        assertThat(find(Button.class, find(Dialog.class).single()).all())
                .extracting(Button::getText)
                .doesNotContain("Give to a client");
        test(inDialog("Restore")).click();
        test(find(Checkbox.class).withLabel("Show archived").single()).click();
        assertThat(titles()).contains("Where we stand");
    }

    @Test
    void an_own_exercise_opens_in_the_editor_from_its_preview() {
        ownExercise("Where we stand");
        navigate(LibraryView.class);
        test(grid()).clickRow(rowOf("Where we stand"));

        test(inDialog("Edit")).click();

        assertThat(getCurrentView()).isInstanceOf(TemplateEditorView.class);
        assertThat(find(TextField.class).withLabel("Title").single().getValue()).isEqualTo("Where we stand");
        assertThat(find(QuestionEditor.class).all()).hasSize(1);
    }
}
