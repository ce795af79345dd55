package org.mendwell.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.progress.ProgressFixtures;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The client's own progress page: plain words, their own figures only, nothing clinical. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@Import(ProgressFixtures.Config.class)
class MyProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgressFixtures fixtures;

    @Autowired
    SignIn signIn;

    @BeforeEach
    void history() {
        fixtures.arohaWithHistory();
    }

    private String card(int index) {
        return find(Div.class)
                .withClassName("mw-progress-card")
                .all()
                .get(index)
                .getElement()
                .getTextRecursively();
    }

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void the_client_sees_their_week_their_streak_their_scales_and_their_clinicians_words() {
        signIn.as(ProgressFixtures.AROHA);

        navigate(MyProgressView.class);

        assertThat(card(0)).startsWith("4 done this week");
        assertThat(card(1)).startsWith("12 done in all");
        assertThat(card(2)).startsWith("5 days of check-ins in a row");
        assertThat(find(H4.class).all())
                .extracting(H4::getText)
                .containsExactly("Daily check-in", "Making room for grief, anger and self-doubt");
        assertThat(org.mendwell.support.Headings.skippingALevel(org.mendwell.support.Headings.page()))
                .isEmpty();
        assertThat(find(Paragraph.class).withClassName("mw-quote").single().getText())
                .isEqualTo("You kept going on a hard day. That counts.");
        assertThat(page()).doesNotContain("PHQ", "GAD", "Moderate", "Mild", "Severe", "Minimal", "severity");
    }

    @Test
    void a_client_without_history_is_encouraged_and_sees_nobody_elses_figures() {
        signIn.as(Demo.CLIENT);

        navigate(MyProgressView.class);

        assertThat(card(0)).startsWith("0 done this week").contains("every exercise you do counts");
        assertThat(card(2)).contains("Your next daily check-in starts a new streak.");
        assertThat(find(H4.class).exists()).as("no charts: Aroha's are hers").isFalse();
        assertThat(page()).doesNotContain("You kept going", "Aroha");
    }

    @Test
    void a_clinician_cannot_open_the_clients_progress_page() {
        signIn.as(Demo.CLINICIAN);

        navigate("my/progress", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(MyProgressView.class);
        assertThat(find(Div.class).withClassName("mw-progress-card").exists()).isFalse();
    }

    /**
     * Issue 16: on a Spanish page an exercise given in English is named by its Spanish name where the library has one
     * (ExerciseNames), in the figure's heading, the table's caption and the feedback's sentence, and then nothing of it
     * is marked as English (WCAG 3.1.2 marks only words in another language than the page's; the review inbox's test in
     * ExerciseWordsInTheirLanguageTest checks a name that stays English is marked).
     */
    @Test
    void on_a_spanish_page_an_english_given_exercise_is_named_in_spanish_and_not_marked() {
        signIn.as(ProgressFixtures.AROHA);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));

        navigate(MyProgressView.class);

        var title = find(H4.class).withText("Registro diario").single();
        assertThat(title.getElement().getAttribute("lang")).isNull();
        var caption = find(NativeTable.class).all().stream()
                .map(NativeTable::getCaption)
                .filter(c -> c.getElement().getTextRecursively().equals("Escalas de Registro diario"))
                .findFirst()
                .orElseThrow();
        assertThat(caption.getElement().getAttribute("lang")).isNull();
        assertThat(caption.getChildren().map(Component::getElement))
                .allSatisfy(words -> assertThat(words.getAttribute("lang")).isNull());
        var about = find(Paragraph.class).withTextContaining("Sobre «").single();
        assertThat(about.getElement().getTextRecursively()).startsWith("Sobre «Registro diario»");
        assertThat(about.getElement().getAttribute("lang")).isNull();
        assertThat(about.getChildren().map(Component::getElement))
                .allSatisfy(words -> assertThat(words.getAttribute("lang")).isNull());
    }

    /**
     * Issue 16: a chart's accessible name is one sentence in the page's language with its questions whole: not the
     * English title beside a Spanish question cut off with "…" ("Daily check-in: ¿Qué tan…").
     */
    @Test
    void on_a_spanish_page_a_charts_name_is_spanish_and_whole() {
        signIn.as(ProgressFixtures.AROHA);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));

        navigate(MyProgressView.class);

        var names = find(ProgressChart.class).all().stream()
                .map(chart -> chart.getElement().getPropertyRaw("chart").toString())
                .map(json -> json.replaceAll("(?s).*\"summary\"\\s*:\\s*\"([^\"]*)\".*", "$1"))
                .toList();
        assertThat(names)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name)
                        .contains("en una escala de 0 a 10")
                        .doesNotContain("…")
                        .doesNotContain("Daily check-in")
                        .doesNotContain("Making room"));
    }
}
