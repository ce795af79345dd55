package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.Answer;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseForm;
import org.mendwell.homework.MeasureScore;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A client who reads the portal in Spanish: built-in exercises reach them in Spanish (the PHQ-9 in its official
 * Spanish version), a measure without a validated Spanish version stays in English with a note, and scores,
 * safety marks and crisis help work exactly as in English.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLIENT)
@ChangesDemoPractice
class ExercisesInSpanishTest extends SpringBrowserlessTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    CompletionService completion;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignIn signIn;

    @AfterEach
    void nobody_has_chosen_a_language_again() {
        jdbc.update("update account set language = null where email in (?, ?)", Demo.CLIENT, Demo.HANA);
    }

    private UUID giveInSpanish(String templateKey) {
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLIENT);
        UUID occurrence = exercises.giveToday(Demo.CLIENT, templateKey);
        UI.getCurrent().setLocale(SPANISH);
        return occurrence;
    }

    @SuppressWarnings("unchecked")
    private List<RadioButtonGroup<String>> choices() {
        return find(RadioButtonGroup.class).all().stream()
                .map(g -> (RadioButtonGroup<String>) g)
                .toList();
    }

    @Test
    void a_client_who_chose_spanish_is_given_the_phq9_in_its_official_spanish_version() {
        UUID occurrence = giveInSpanish("phq-9");

        navigate(ExerciseView.class, occurrence.toString());

        assertThat(find(H2.class).single().getText()).isEqualTo("PHQ-9 (estado de ánimo)");
        assertThat(find(Paragraph.class)
                        .withText("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los "
                                + "siguientes problemas?")
                        .exists())
                .isTrue();
        assertThat(choices().getFirst().getLabel()).isEqualTo("Poco interés o placer en hacer cosas");
        assertThat(find(Button.class).withText("Enviar").exists()).isTrue();
        assertThat(find(Paragraph.class)
                        .withTextContaining("Este cuestionario se muestra en inglés")
                        .exists())
                .as("no note: this is a validated translation")
                .isFalse();
    }

    @Test
    void item_9_in_spanish_raises_the_risk_alert_shows_crisis_help_in_spanish_and_is_never_shared() {
        UUID occurrence = giveInSpanish("phq-9");
        navigate(ExerciseView.class, occurrence.toString());
        List<RadioButtonGroup<String>> items = choices();
        for (int item = 0; item < 9; item++) {
            test(items.get(item)).selectItem(item == 8 ? "Varios días" : "Ningún día");
        }

        test(find(Button.class).withText("Enviar").single()).click();

        Div crisis = find(Div.class).withClassName("mw-crisis").single();
        assertThat(find(H2.class).withText("Si está pensando en hacerse daño").exists())
                .isTrue();
        assertThat(crisis.getElement().getTextRecursively()).contains("988", "116 123", "número de emergencias");
        assertThat(find(Paragraph.class)
                        .withTextContaining("Su puntuación: 1 de 27 (mínima)")
                        .exists())
                .isTrue();
        ExerciseForm submitted = completion.myExercise(occurrence);
        assertThat(submitted.score()).isNotNull();
        assertThat(submitted.score().riskAlert()).isTrue();
        assertThat(submitted.questions().get(8).safety())
                .as("the Spanish item 9 is a safety question, as the English one is")
                .isTrue();
    }

    @Test
    void the_same_answers_score_the_same_in_english_and_in_spanish() {
        UUID english = exercises.giveToday(Demo.HANA, "phq-9");
        ExerciseForm inEnglish = completion.submit(english, answersByPosition(completion.myExercise(english)));

        UUID spanish = giveInSpanish("phq-9");
        ExerciseForm inSpanish = completion.submit(spanish, answersByPosition(completion.myExercise(spanish)));

        assertThat(inSpanish.language()).isEqualTo("es");
        assertThat(inEnglish.language()).isEqualTo("en");
        MeasureScore englishScore = inEnglish.score();
        MeasureScore spanishScore = inSpanish.score();
        assertThat(englishScore).isNotNull();
        assertThat(spanishScore).isNotNull();
        assertThat(spanishScore.total()).isEqualTo(englishScore.total()).isEqualTo(13);
        assertThat(spanishScore.severity()).isEqualTo(englishScore.severity());
        assertThat(spanishScore.riskAlert()).isEqualTo(englishScore.riskAlert()).isTrue();
    }

    /** Item i answered with option (i + 1) mod 4 (1, 2, 3, 0, 1, ...): the same positions in any language. */
    private static Map<Integer, Answer> answersByPosition(ExerciseForm form) {
        Map<Integer, Answer> answers = new HashMap<>();
        for (int item = 0; item < 9; item++) {
            answers.put(item, Answer.text(form.questions().get(item).options().get((item + 1) % 4)));
        }
        return answers;
    }

    @Test
    void a_measure_without_a_validated_spanish_version_stays_in_english_with_a_note_in_spanish() {
        UUID occurrence = giveInSpanish("gad-7");

        navigate(ExerciseView.class, occurrence.toString());

        assertThat(find(H2.class).single().getText()).isEqualTo("GAD-7 (anxiety)");
        assertThat(choices().getFirst().getLabel()).isEqualTo("Feeling nervous, anxious, or on edge");
        assertThat(find(Paragraph.class)
                        .withTextContaining("Este cuestionario se muestra en inglés")
                        .exists())
                .isTrue();
    }

    /**
     * A PHQ-9 series given in English before the client chose Spanish stays in English, so that its answers stay
     * comparable; the note says so, and does not claim the PHQ-9 has no Spanish version (it has the official one).
     */
    @Test
    void a_phq9_given_in_english_before_the_client_chose_spanish_says_why_it_stays_in_english() {
        UUID givenInEnglish = exercises.giveToday(Demo.CLIENT, "phq-9");
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLIENT);
        UI.getCurrent().setLocale(SPANISH);

        navigate(ExerciseView.class, givenInEnglish.toString());

        assertThat(completion.myExercise(givenInEnglish).language()).isEqualTo("en");
        assertThat(choices().getFirst().getLabel()).isEqualTo("Little interest or pleasure in doing things");
        assertThat(find(Paragraph.class)
                        .withTextContaining("El PHQ-9 se le dio en inglés, así que esta serie sigue en inglés")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withTextContaining("todavía no tenemos en español")
                        .exists())
                .as("the PHQ-9 has its official Spanish version")
                .isFalse();
    }

    @Test
    void a_spanish_daily_check_in_keeps_its_trust_answer_as_the_main_scale() {
        UUID occurrence = giveInSpanish("daily-check-in");
        Map<Integer, Answer> answers = new HashMap<>();
        ExerciseForm form = completion.myExercise(occurrence);
        assertThat(form.questions().get(5).prompt()).startsWith("Confianza:");
        for (var question : form.questions()) {
            answers.put(
                    question.position(),
                    question.lowLabel() == null ? Answer.text("Bien") : Answer.scale(question.position()));
        }

        completion.submit(occurrence, answers);

        assertThat(jdbc.queryForObject(
                        "select s.main_scale from submission s where s.occurrence_id = ?", Integer.class, occurrence))
                .isEqualTo(5);
    }

    @Test
    void my_exercises_reads_in_spanish() {
        UUID occurrence = giveInSpanish("repair-attempts-daily-log");

        navigate(MyExercisesView.class);

        assertThat(find(H2.class).atIndex(1).getText()).startsWith("Hola, ");
        assertThat(find(H3.class).withText("Hoy").exists()).isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Notas diarias: acercarse después de momentos difíciles", "Unos 5 minutos")
                .doesNotContain("Due ", "About ");
        assertThat(occurrence).isNotNull();
    }

    private String langOf(com.vaadin.flow.component.Component component) {
        return component.getElement().getAttribute("lang");
    }

    /** A screen reader reads an English questionnaire on a Spanish page in English: its words carry lang="en". */
    @Test
    void an_english_questionnaire_on_a_spanish_page_is_marked_as_english_and_the_page_around_it_is_not() {
        UUID occurrence = giveInSpanish("gad-7");

        navigate(ExerciseView.class, occurrence.toString());

        assertThat(langOf(find(H2.class).single())).isEqualTo("en");
        assertThat(langOf(find(Paragraph.class)
                        .withText("Over the last 2 weeks, how often have you been bothered by the following problems?")
                        .single()))
                .isEqualTo("en");
        assertThat(langOf(find(Div.class).withClassName("mw-exercise-questions").single()))
                .isEqualTo("en");
        assertThat(langOf(find(Paragraph.class)
                        .withTextContaining("Este cuestionario se muestra en inglés")
                        .single()))
                .as("the note about it is the page's own Spanish")
                .isNull();
        assertThat(langOf(find(Button.class).withText("Enviar").single())).isNull();
    }

    @Test
    void a_spanish_exercise_on_a_spanish_page_needs_no_mark_and_on_an_english_page_is_marked_as_spanish() {
        UUID occurrence = giveInSpanish("phq-9");

        navigate(ExerciseView.class, occurrence.toString());

        assertThat(langOf(find(H2.class).single())).isNull();
        assertThat(langOf(find(Div.class).withClassName("mw-exercise-questions").single()))
                .isNull();

        UI.getCurrent().setLocale(Locale.UK);
        navigate(ExerciseView.class, occurrence.toString());

        assertThat(langOf(find(H2.class).single())).isEqualTo("es");
        assertThat(langOf(find(Div.class).withClassName("mw-exercise-questions").single()))
                .isEqualTo("es");
    }

    /**
     * The clinician reads a Spanish client's answers on an English page: the exercise's own words are marked; its
     * name is the English one, the page's own (ExerciseNamesForTheReaderTest).
     */
    @Test
    void a_clinician_reviewing_a_spanish_exercise_on_an_english_page_hears_its_words_in_spanish() {
        UUID occurrence = giveInSpanish("phq-9");
        completion.submit(occurrence, answersByPosition(completion.myExercise(occurrence)));
        UUID submission =
                jdbc.queryForObject("select id from submission where occurrence_id = ?", UUID.class, occurrence);
        signIn.as(Demo.CLINICIAN);
        UI.getCurrent().setLocale(Locale.UK);

        navigate("submissions/" + submission, com.vaadin.flow.component.Component.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("PHQ-9 (mood)");
        assertThat(langOf(find(H2.class).single())).isNull();
        assertThat(find(com.vaadin.flow.component.html.NativeTableHeaderCell.class).all().stream()
                        .filter(cell -> "Poco interés o placer en hacer cosas".equals(cell.getText()))
                        .map(this::langOf)
                        .toList())
                .containsExactly("es");
        assertThat(find(com.vaadin.flow.component.html.NativeTableHeaderCell.class)
                        .withText("Question")
                        .all())
                .extracting(this::langOf)
                .containsOnlyNulls();
    }

    @Test
    void my_exercises_on_a_spanish_page_marks_an_english_title_as_english() {
        giveInSpanish("gad-7");
        giveInSpanish("repair-attempts-daily-log");

        navigate(MyExercisesView.class);

        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withClassName("mw-exercise-title")
                        .all())
                .extracting(span -> span.getText() + " " + langOf(span))
                .contains("GAD-7 (anxiety) en", "Notas diarias: acercarse después de momentos difíciles null");
    }
}
