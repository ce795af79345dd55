package org.mendwell.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.mendwell.account.Roles;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.progress.MyProgress;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.ContentLanguage;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * The client's own progress, in plain and encouraging words: what they have done, their check-in
 * streak, their own scales and their clinician's latest feedback. No scores or clinical labels here.
 */
@StyleSheet("context://styles/progress.css")
@Route("my/progress")
@Menu(title = "progress.menu.my-progress", order = 11)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class MyProgressView extends Main implements BeforeEnterObserver, TranslatedTitle {

    private final ClientProgressService progress;
    private final ViewerTime viewerTime;
    private PersonalTime time;

    MyProgressView(ClientProgressService progress, ViewerTime viewerTime) {
        this.progress = progress;
        this.viewerTime = viewerTime;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
        addClassName("mw-my-progress");
    }

    @Override
    public String titleKey() {
        return "progress.my.title";
    }

    /** Read afresh on every visit. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        time = viewerTime.viewer();
        MyProgress mine = progress.myProgress();
        add(new H2(getTranslation("progress.my.heading")));
        var numbers = new Div(
                number(
                        mine.doneThisWeek(),
                        getTranslation("progress.my.this-week", mine.doneThisWeek()),
                        getTranslation(
                                mine.doneThisWeek() == 0
                                        ? "progress.my.this-week.none"
                                        : "progress.my.this-week.some")),
                number(
                        mine.doneOverall(),
                        getTranslation("progress.my.overall", mine.doneOverall()),
                        getTranslation(
                                mine.doneOverall() == 0 ? "progress.my.overall.none" : "progress.my.overall.some")),
                number(
                        mine.streakDays(),
                        getTranslation("progress.my.streak", mine.streakDays()),
                        getTranslation(
                                switch (Math.min(mine.streakDays(), 2)) {
                                    case 0 -> "progress.my.streak.none";
                                    case 1 -> "progress.my.streak.one";
                                    default -> "progress.my.streak.more";
                                })));
        numbers.addClassName("mw-progress-numbers");
        add(numbers);
        if (mine.latestFeedback() != null) {
            add(feedback(mine.latestFeedback()));
        }
        var scales = new Section(new H3(getTranslation("progress.my.scales")));
        scales.addClassName("mw-section");
        if (mine.scaleCharts().isEmpty()) {
            scales.add(ProgressFigures.empty(getTranslation("progress.my.scales.none")));
        } else {
            scales.add(new Paragraph(getTranslation("progress.my.scales.intro")));
            mine.scaleCharts().forEach(chart -> scales.add(ProgressFigures.scales(chart, time, 4)));
        }
        add(scales);
    }

    private static Component number(int value, String what, String words) {
        var figure = new Span(Integer.toString(value));
        figure.addClassName("mw-progress-number");
        var card = new Div(figure, new Span(" " + what), new Paragraph(words));
        card.addClassName("mw-progress-card");
        return card;
    }

    private Component feedback(MyProgress.Feedback feedback) {
        var section = new Section(
                new H3(getTranslation("progress.my.feedback")),
                ContentLanguage.sentence(
                        new Paragraph(),
                        "progress.my.feedback.about",
                        feedback.exercise(),
                        feedback.language(),
                        time.day(feedback.day())));
        var words = new Paragraph(feedback.text());
        words.addClassName("mw-quote");
        section.add(words);
        section.addClassName("mw-section");
        section.addClassName("mw-feedback");
        return section;
    }
}
