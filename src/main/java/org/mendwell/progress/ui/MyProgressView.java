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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.mendwell.account.Roles;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.progress.MyProgress;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;

/**
 * The client's own progress, in plain and encouraging words: what they have done, their check-in
 * streak, their own scales and their clinician's latest feedback. No scores or clinical labels here.
 */
@StyleSheet("context://styles/progress.css")
@Route("my/progress")
@PageTitle("My progress | Mendwell")
@Menu(title = "progress.menu.my-progress", order = 11)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class MyProgressView extends Main implements BeforeEnterObserver {

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

    /** Read afresh on every visit. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        time = viewerTime.viewer();
        MyProgress mine = progress.myProgress();
        add(new H2("Your progress"));
        var numbers = new Div(
                number(mine.doneThisWeek(), "done this week", thisWeek(mine.doneThisWeek())),
                number(mine.doneOverall(), "done in all", overall(mine.doneOverall())),
                number(
                        mine.streakDays(),
                        mine.streakDays() == 1 ? "day of check-ins in a row" : "days of check-ins in a row",
                        streak(mine.streakDays())));
        numbers.addClassName("mw-progress-numbers");
        add(numbers);
        if (mine.latestFeedback() != null) {
            add(feedback(mine.latestFeedback()));
        }
        var scales = new Section(new H3("How you've been feeling"));
        scales.addClassName("mw-section");
        if (mine.scaleCharts().isEmpty()) {
            scales.add(ProgressFigures.empty(
                    "When you answer the 0 to 10 questions in your exercises, you'll see " + "them here over time."));
        } else {
            scales.add(new Paragraph("Your own answers over time. A gap is a day you didn't answer: that's okay."));
            mine.scaleCharts().forEach(chart -> scales.add(ProgressFigures.scales(chart, time)));
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

    private static String thisWeek(int done) {
        return done == 0 ? "A new week: every exercise you do counts." : "Well done for making time this week.";
    }

    private static String overall(int done) {
        return done == 0 ? "Your first exercise will show up here." : "Each one is a step you've taken.";
    }

    private static String streak(int days) {
        if (days == 0) {
            return "Your next daily check-in starts a new streak.";
        }
        return days == 1 ? "A good start. See you tomorrow." : "Keep it going, one day at a time.";
    }

    private Component feedback(MyProgress.Feedback feedback) {
        var section = new Section(
                new H3("From your clinician"),
                new Paragraph("About \"" + feedback.exercise() + "\", " + time.day(feedback.day()) + ":"));
        var words = new Paragraph(feedback.text());
        words.addClassName("mw-quote");
        section.add(words);
        section.addClassName("mw-section");
        section.addClassName("mw-feedback");
        return section;
    }
}
