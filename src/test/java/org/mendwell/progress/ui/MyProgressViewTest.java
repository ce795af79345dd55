package org.mendwell.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
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
}
