package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
class LibraryViewTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<TemplateSummary> grid() {
        return $(Grid.class).single();
    }

    private int rowOf(String title) {
        var grid = test(grid());
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).title().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void the_library_lists_the_built_in_exercises_and_narrows_by_theme_and_words() {
        navigate(LibraryView.class);
        int everything = test(grid()).size();
        assertThat(everything).isGreaterThanOrEqualTo(14);

        @SuppressWarnings("unchecked")
        Select<Theme> theme = $(Select.class).withAriaLabel("Theme").single();
        test(theme).selectItem(Theme.WELLBEING_MEASURE.label());
        assertThat(test(grid()).size()).isEqualTo(2);

        theme.clear();
        test($(TextField.class).withPlaceholder("Search titles").single()).setValue("check-in");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).title()).isEqualTo("Daily check-in");
    }

    @Test
    void opening_an_exercise_previews_its_questions_read_only() {
        navigate(LibraryView.class);

        test(grid()).clickRow(rowOf("PHQ-9 (mood)"));

        var dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("PHQ-9 (mood)");
        var items = $(RadioButtonGroup.class, dialog).all();
        assertThat(items).hasSize(10).allMatch(RadioButtonGroup::isReadOnly);
        assertThat(items.getFirst().getLabel()).isEqualTo("Little interest or pleasure in doing things");
    }

    @Test
    void a_reflection_previews_with_text_and_choice_fields() {
        navigate(LibraryView.class);

        test(grid()).clickRow(rowOf("Daily check-in"));

        var dialog = $(Dialog.class).single();
        assertThat($(TextArea.class, dialog).all()).isNotEmpty().allMatch(TextArea::isReadOnly);
        assertThat($(RadioButtonGroup.class, dialog).all()).as("the 0-10 scales").hasSizeGreaterThanOrEqualTo(4);
        assertThat($(CheckboxGroup.class, dialog).exists() || $(TextArea.class, dialog).exists()).isTrue();
    }
}
