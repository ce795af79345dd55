package org.mendwell.agreements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.agreements.MarkedDay;
import org.mendwell.agreements.MyAgreements;
import org.mendwell.agreements.MyAgreementsService;
import org.mendwell.agreements.MyPromise;
import org.mendwell.agreements.Outcome;
import org.mendwell.agreements.PartnersKeptDay;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * The client's agreements, phone first: each of their promises with the days still to mark (three large buttons
 * a day), their kept days and run; and the days their partner kept a promise they share, with "I noticed".
 */
@Route("my/agreements")
@Menu(title = "agreements.menu", order = 15)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
@StyleSheet("context://styles/agreements.css")
class MyAgreementsView extends Main implements BeforeEnterObserver, TranslatedTitle {

    /** Marked days listed under a promise; the clinician sees them all. */
    static final int RECENT_SHOWN = 7;

    private final MyAgreementsService agreements;
    private final ViewerTime viewerTime;
    private PersonalTime time;

    MyAgreementsView(MyAgreementsService agreements, ViewerTime viewerTime) {
        this.agreements = agreements;
        this.viewerTime = viewerTime;
        this.time = viewerTime.viewer();
        addClassNames("mw-page", "mw-agreements");
    }

    @Override
    public String titleKey() {
        return "agreements.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        time = viewerTime.viewer();
        MyAgreements mine = agreements.mine();
        add(new H2(getTranslation("agreements.title")));
        if (mine.isEmpty()) {
            var nothing = new Paragraph(getTranslation("agreements.mine.empty"));
            nothing.addClassName("mw-empty-state");
            add(nothing);
            return;
        }
        if (!mine.promises().isEmpty()) {
            var section = new Section(new H3(getTranslation("agreements.mine.heading")));
            var deposits = new Paragraph(getTranslation("agreements.mine.deposits", mine.keptInAll()));
            deposits.addClassName("mw-deposits");
            section.add(deposits);
            mine.promises().forEach(promise -> section.add(promiseCard(promise, mine.partnerName())));
            add(section);
        }
        if (mine.partnerName() != null) {
            add(partnersKept(mine));
        }
    }

    private Component promiseCard(MyPromise promise, @Nullable String partnerName) {
        var card = new Div();
        card.addClassName("mw-promise");
        card.add(new H4(promise.words()));
        card.add(new Paragraph(ScheduleText.of(this, promise.schedule(), time)));
        card.add(new Paragraph(
                getTranslation("agreements.mine.run", promise.record().run())));
        if (partnerName != null) {
            card.add(new Paragraph(getTranslation(
                    promise.visibleToPartner()
                            ? "agreements.mine.partner-sees"
                            : "agreements.mine.partner-does-not-see",
                    partnerName)));
        }
        if (promise.stoppedOn() != null) {
            // Read-only: the day it stopped and the days marked before, no word of why.
            var stopped =
                    new Paragraph(getTranslation("agreements.mine.stopped", time.weekdayDate(promise.stoppedOn())));
            stopped.addClassName("mw-promise-stopped");
            card.add(stopped);
        } else {
            // Each day to mark has its own note: a note goes with the day it was typed for, never with the next one.
            promise.record().toMark().forEach(day -> card.add(dayToMark(promise, day, partnerName)));
        }
        if (!promise.recent().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("mw-promise-days");
            promise.recent().stream().limit(RECENT_SHOWN).forEach(day -> list.add(new ListItem(markedLine(day))));
            card.add(list);
        }
        return card;
    }

    private Component dayToMark(MyPromise promise, LocalDate day, @Nullable String partnerName) {
        var row = new Div();
        row.addClassName("mw-day-to-mark");
        String dayText = day.equals(time.today()) ? getTranslation("agreements.mine.today") : time.day(day);
        var note = TextLimits.limit(new TextArea(getTranslation("agreements.mine.note-for", dayText)), 500);
        note.setHelperText(getTranslation("agreements.mine.note-help"));
        note.addClassName("mw-promise-note");
        var share = new Checkbox(partnerName == null ? "" : getTranslation("agreements.mine.share-note", partnerName));
        share.setVisible(partnerName != null && promise.visibleToPartner());
        var errors = new FieldErrors().bind("note", note);
        row.add(new Span(getTranslation("agreements.mine.how-was", dayText)));
        var buttons = new Div();
        buttons.addClassName("mw-mark-buttons");
        for (Outcome outcome : Outcome.values()) {
            var button = new Button(getTranslation("agreements.outcome." + outcome.name()), click -> {
                try {
                    agreements.mark(promise.agreementId(), day, outcome, note.getValue(), share.getValue());
                    Notification.show(getTranslation("agreements.mine.saved"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    render();
                } catch (InvalidInputException refused) {
                    errors.show(refused);
                }
            });
            if (outcome == Outcome.KEPT) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "agreements.mine.mark-label",
                                    getTranslation("agreements.outcome." + outcome.name()),
                                    dayText));
            buttons.add(button);
        }
        row.add(buttons, note, share);
        return row;
    }

    private String markedLine(MarkedDay day) {
        String line = getTranslation(
                "agreements.mine.marked",
                time.weekdayDate(day.day()),
                getTranslation("agreements.outcome." + day.outcome()));
        return day.note() == null ? line : line + " · " + day.note();
    }

    private Component partnersKept(MyAgreements mine) {
        var section = new Section(new H3(getTranslation("agreements.partner.heading", mine.partnerName())));
        if (mine.partnersKept().isEmpty()) {
            section.add(new Paragraph(getTranslation("agreements.partner.empty", mine.partnerName())));
            return section;
        }
        section.add(new Paragraph(getTranslation("agreements.partner.intro")));
        var list = new UnorderedList();
        list.addClassName("mw-partner-kept");
        for (PartnersKeptDay day : mine.partnersKept()) {
            var item = new ListItem();
            item.add(new Span(time.weekdayDate(day.day())), new Span(day.words()));
            if (day.sharedNote() != null) {
                item.add(new Paragraph(getTranslation("agreements.partner.note", day.sharedNote())));
            }
            if (day.noticed()) {
                item.add(new Span(getTranslation("agreements.partner.noticed")));
            } else {
                var noticed = new Button(getTranslation("agreements.partner.notice"), click -> {
                    agreements.acknowledge(day.markId());
                    render();
                });
                noticed.getElement()
                        .setAttribute(
                                "aria-label",
                                getTranslation(
                                        "agreements.partner.notice-label", day.words(), time.weekdayDate(day.day())));
                item.add(noticed);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
