package org.mendwell.triggers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.triggers.HelpedBy;
import org.mendwell.triggers.LogMoment;
import org.mendwell.triggers.Moment;
import org.mendwell.triggers.MyTriggerLog;
import org.mendwell.triggers.MyTriggerLogService;
import org.mendwell.triggers.TriggerTrend;

/**
 * The client's own trigger log, made for a phone: how hard (one tap, 0 to 10), optionally what set it off and what
 * helped, now or earlier today, and one button. Below it their trend in plain words and the reassurance switch.
 * Notices their partner's reassurance signal left them show at the top.
 */
@StyleSheet("context://styles/triggers.css")
@Route("my/hard-moments")
@Menu(title = "triggers.menu.my-log", order = 12)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class MyTriggerLogView extends Main implements BeforeEnterObserver, TranslatedTitle {

    private static final String NOW = "now";
    private static final String EARLIER = "earlier";

    private final MyTriggerLogService triggerLog;
    private final ViewerTime viewerTime;
    private PersonalTime time;

    private @Nullable Integer intensity;
    private final List<Button> intensityButtons = new ArrayList<>();
    private final Span intensityError = new Span();
    private final TextField setOffBy = TextLimits.limit(new TextField(), 500);
    private final CheckboxGroup<HelpedBy> helped = new CheckboxGroup<>();
    private final TextField helpedNote = TextLimits.limit(new TextField(), 500);
    private final RadioButtonGroup<String> when = new RadioButtonGroup<>();
    private final TimePicker earlier = new TimePicker();
    private final FieldErrors errors = new FieldErrors()
            .bind("setOffBy", setOffBy)
            .bind("helpedNote", helpedNote)
            .bind("earlierToday", earlier);

    MyTriggerLogView(MyTriggerLogService triggerLog, ViewerTime viewerTime) {
        this.triggerLog = triggerLog;
        this.viewerTime = viewerTime;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
        addClassName("mw-my-trigger-log");
    }

    @Override
    public String titleKey() {
        return "triggers.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        time = viewerTime.viewer();
        add(new H2(getTranslation("triggers.title")));
        add(ReassuranceNotices.of(triggerLog, time));
        MyTriggerLog mine = triggerLog.myTriggerLog();
        if (mine.inUse()) {
            add(form(), trend(mine.trend()));
            if (!mine.today().isEmpty()) {
                add(today(mine.today()));
            }
        } else {
            add(new Paragraph(getTranslation("triggers.my.off")));
        }
        if (mine.hasPartner()) {
            add(reassurance(mine));
        }
    }

    private Component form() {
        var scale = new Div();
        scale.addClassName("mw-intensity-scale");
        scale.getElement().setAttribute("role", "group");
        scale.getElement().setAttribute("aria-label", getTranslation("triggers.my.intensity"));
        intensityButtons.clear();
        for (int value = 0; value <= 10; value++) {
            int chosen = value;
            var button = new Button(Integer.toString(value), click -> choose(chosen));
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClassName("mw-intensity-choice");
            intensityButtons.add(button);
            scale.add(button);
        }
        intensity = null;
        intensityError.addClassName("mw-field-error");
        intensityError.setVisible(false);
        var ends = new Div(
                new Span(getTranslation("triggers.my.intensity-low")),
                new Span(getTranslation("triggers.my.intensity-high")));
        ends.addClassName("mw-intensity-ends");

        setOffBy.setLabel(getTranslation("triggers.my.set-off-by"));
        setOffBy.setWidthFull();
        helped.setLabel(getTranslation("triggers.my.helped"));
        helped.setItems(EnumSet.allOf(HelpedBy.class));
        helped.setItemLabelGenerator(h -> getTranslation(h.labelKey()));
        helped.addClassName("mw-one-column");
        helpedNote.setLabel(getTranslation("triggers.my.helped-note"));
        helpedNote.setWidthFull();
        when.setLabel(getTranslation("triggers.my.when"));
        when.setItems(NOW, EARLIER);
        when.setItemLabelGenerator(w -> getTranslation(NOW.equals(w) ? "triggers.my.now" : "triggers.my.earlier"));
        when.setValue(NOW);
        earlier.setLabel(getTranslation("triggers.my.time"));
        earlier.setLocale(time.locale());
        earlier.setVisible(false);
        when.addValueChangeListener(change -> earlier.setVisible(EARLIER.equals(change.getValue())));
        var save = new Button(getTranslation("triggers.my.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("mw-large-tap");

        var section = new Section(
                new H3(getTranslation("triggers.my.intensity")),
                scale,
                ends,
                intensityError,
                setOffBy,
                helped,
                helpedNote,
                when,
                earlier,
                save);
        section.addClassName("mw-section");
        section.addClassName("mw-trigger-form");
        return section;
    }

    private void choose(int value) {
        intensity = value;
        intensityError.setVisible(false);
        for (int i = 0; i < intensityButtons.size(); i++) {
            Button button = intensityButtons.get(i);
            boolean on = i == value;
            button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            if (on) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    private void save() {
        try {
            triggerLog.logMoment(new LogMoment(
                    intensity,
                    setOffBy.getValue(),
                    helped.getValue(),
                    helpedNote.getValue(),
                    EARLIER.equals(when.getValue()) ? earlier.getValue() : null));
        } catch (InvalidInputException problem) {
            var problems = new java.util.HashMap<>(problem.problems());
            String intensityProblem = problems.remove("intensity");
            intensityError.setText(intensityProblem == null ? "" : intensityProblem);
            intensityError.setVisible(intensityProblem != null);
            errors.show(problems);
            return;
        }
        Notification.show(getTranslation("triggers.my.saved"));
        render();
    }

    private Component trend(TriggerTrend trend) {
        String key = switch (trend.direction()) {
            case FEWER -> "triggers.trend.fewer";
            case ABOUT_THE_SAME -> "triggers.trend.same";
            case MORE -> "triggers.trend.more";
            case NOT_ENOUGH_YET -> "triggers.trend.not-yet";
        };
        var section = new Section(
                new H3(getTranslation("triggers.trend.heading")),
                new Paragraph(getTranslation(key, trend.thisWeek(), trend.threeWeeksAgo())));
        section.addClassName("mw-section");
        return section;
    }

    private Component today(List<Moment> moments) {
        var list = new UnorderedList();
        for (Moment m : moments) {
            list.add(new ListItem(getTranslation("triggers.my.today-item", time.time(m.occurredAt()), m.intensity())));
        }
        var section = new Section(new H3(getTranslation("triggers.my.today")), list);
        section.addClassName("mw-section");
        return section;
    }

    private Component reassurance(MyTriggerLog mine) {
        var section = new Section(new H3(getTranslation("triggers.reassurance.heading")));
        section.addClassName("mw-section");
        // Told from where this partner stands: the one who keeps the log asks, the other one is asked.
        String explain = mine.inUse() ? "triggers.reassurance.explain" : "triggers.reassurance.explain-partner";
        section.add(new Paragraph(getTranslation(explain, mine.partnerName())));
        var optIn = new Checkbox(getTranslation("triggers.reassurance.opt-in"), mine.reassuranceOptedIn());
        optIn.addValueChangeListener(change -> {
            triggerLog.setMyReassuranceOptIn(change.getValue());
            Notification.show(getTranslation("triggers.reassurance.saved"));
            render();
        });
        section.add(optIn);
        if (mine.inUse() && mine.canAskForReassurance()) {
            var ask = new Button(getTranslation("triggers.reassurance.ask"), click -> {
                try {
                    triggerLog.askForReassurance();
                    Notification.show(getTranslation("triggers.reassurance.sent"));
                } catch (InvalidInputException unavailable) {
                    errors.show(unavailable);
                }
            });
            ask.addClassName("mw-large-tap");
            section.add(ask);
        }
        return section;
    }
}
