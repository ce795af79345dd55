package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.Answer;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseForm;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.progress.OccurrenceFilter;
import org.mendwell.progress.OccurrenceRow;
import org.mendwell.progress.ReviewInboxService;
import org.mendwell.progress.ReviewItem;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A built-in exercise is named in the reader's language wherever it is named (lists, the client page, the review,
 * the inbox, progress charts, grid and CSV, the library and its picker), while what the client answered stays in
 * the language it was given in: Robin's check-ins were given in English, so a clinician who reads Spanish sees
 * "Registro diario" above the English questions; a PHQ-9 given in Spanish is "PHQ-9 (mood)" to an English reader.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
@ChangesDemoPractice
class ExerciseNamesForTheReaderTest extends SpringBrowserlessTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    ClientIds clientIds;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    CompletionService completion;

    @Autowired
    ClientProgressService progress;

    @Autowired
    ReviewInboxService inbox;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody_has_chosen_a_language_again() {
        jdbc.update("update account set language = null where email in (?, ?)", Demo.CLINICIAN, Demo.HANA);
    }

    private void clinicianReadsSpanish() {
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLINICIAN);
        UI.getCurrent().setLocale(SPANISH);
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** Robin's daily check-in, given and answered in English (her language is the practice's); the submission. */
    private UUID checkInAnsweredInEnglish() {
        UUID occurrence = exercises.giveToday(Demo.CLIENT, "daily-check-in");
        ExerciseForm form = completion.myExercise(occurrence);
        assertThat(form.title()).isEqualTo("Daily check-in");
        Map<Integer, Answer> answers = new HashMap<>();
        for (var question : form.questions()) {
            answers.put(
                    question.position(),
                    question.lowLabel() == null ? Answer.text("Fine") : Answer.scale(question.position()));
        }
        completion.submit(occurrence, answers);
        signIn.as(Demo.CLINICIAN);
        return jdbc.queryForObject("select id from submission where occurrence_id = ?", UUID.class, occurrence);
    }

    @Test
    void a_spanish_reading_clinician_sees_an_english_given_check_in_named_in_spanish_on_the_client_page() {
        checkInAnsweredInEnglish();
        clinicianReadsSpanish();

        navigate("clients/" + clientIds.of(Demo.CLIENT), Component.class);

        assertThat(pageText()).contains("Registro diario").doesNotContain("Daily check-in");
    }

    @Test
    void the_progress_chart_grid_and_csv_name_an_english_given_check_in_in_spanish() throws Exception {
        checkInAnsweredInEnglish();
        clinicianReadsSpanish();
        UUID robin = clientIds.of(Demo.CLIENT);

        navigate("clients/" + robin, Component.class);
        test(find(RouterLink.class).withText("Progreso").single()).click();

        assertThat(find(H4.class).all().stream().map(H4::getText)).contains("Registro diario");
        List<OccurrenceRow> found =
                progress.occurrencesOf(robin, new OccurrenceFilter("registro", null), PageRequest.of(0, 20));
        assertThat(found).isNotEmpty().extracting(OccurrenceRow::exercise).containsOnly("Registro diario");
        assertThat(progress.occurrencesOf(robin, new OccurrenceFilter("check-in", null), PageRequest.of(0, 20)))
                .as("found by the title it was given with too")
                .isNotEmpty()
                .extracting(OccurrenceRow::exercise)
                .containsOnly("Registro diario");
        var csv = new StringWriter();
        progress.exportCsv(robin, csv);
        assertThat(csv.toString()).contains("\nRegistro diario,").doesNotContain("Daily check-in");
    }

    @Test
    void the_review_names_the_check_in_in_spanish_and_keeps_its_english_questions_marked_as_english() {
        UUID submission = checkInAnsweredInEnglish();
        clinicianReadsSpanish();

        navigate("submissions/" + submission, Component.class);

        H2 title = find(H2.class).single();
        assertThat(title.getText()).isEqualTo("Registro diario");
        assertThat(title.getElement().getAttribute("lang"))
                .as("the page's own language")
                .isNull();
        assertThat(find(NativeTableHeaderCell.class).all().stream()
                        .filter(cell -> cell.getText().startsWith("Trust:"))
                        .map(cell -> cell.getElement().getAttribute("lang"))
                        .toList())
                .as("the questions as Robin answered them, in English")
                .containsExactly("en");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_spanish_library_and_its_picker_find_the_check_in_by_registro() {
        clinicianReadsSpanish();

        navigate(LibraryView.class);
        test(find(TextField.class).single()).setValue("Registro");
        Grid<TemplateSummary> grid = find(Grid.class).single();
        List<String> listed = IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i).title())
                .toList();
        assertThat(listed).contains("Registro diario").doesNotContain("Daily check-in");

        navigate("clients/" + clientIds.of(Demo.CLIENT), Component.class);
        test(find(Button.class).withText("Asignar un ejercicio").single()).click();
        Dialog dialog = find(Dialog.class).single();
        ComboBox<TemplateSummary> picker =
                find(ComboBox.class, dialog).withLabel("Ejercicio").single();
        test(picker).setFilter("Registro");
        assertThat(test(picker).getSuggestions())
                .anySatisfy(label -> assertThat(label).startsWith("Registro diario · "));
        test(picker).setFilter("check-in");
        assertThat(test(picker).getSuggestions())
                .as("found by its English name too, and named in Spanish")
                .anySatisfy(label -> assertThat(label).startsWith("Registro diario · "));
    }

    @Test
    void an_english_reader_sees_the_english_name_of_a_phq9_given_in_spanish() {
        jdbc.update("update account set language = 'es' where email = ?", Demo.HANA);
        UUID occurrence = exercises.giveToday(Demo.HANA, "phq-9");
        signIn.as(Demo.HANA);
        ExerciseForm form = completion.myExercise(occurrence);
        assertThat(form.title()).isEqualTo("PHQ-9 (estado de ánimo)");
        Map<Integer, Answer> answers = new HashMap<>();
        for (int item = 0; item < 9; item++) {
            answers.put(item, Answer.text(form.questions().get(item).options().getFirst()));
        }
        completion.submit(occurrence, answers);
        signIn.as(Demo.CLINICIAN);
        UI.getCurrent().setLocale(Locale.UK);

        navigate("clients/" + clientIds.of(Demo.HANA), Component.class);

        assertThat(pageText()).contains("PHQ-9 (mood)").doesNotContain("estado de ánimo");
        assertThat(inbox.page(PageRequest.of(0, 100)).stream()
                        .filter(item -> item.kind() == ReviewItem.Kind.SUBMISSION)
                        .map(ReviewItem::title))
                .contains("PHQ-9 (mood)")
                .doesNotContain("PHQ-9 (estado de ánimo)");
    }
}
