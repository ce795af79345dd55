package org.mendwell.triggers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.di.Instantiator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mendwell.progress.ui.ProgressChart;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.triggers.ClinicianTriggerLog;
import org.mendwell.triggers.Moment;
import org.mendwell.triggers.TriggerLogService;
import org.mendwell.triggers.TriggerLogSettings;
import org.mendwell.triggers.WeeklyTriggers;
import org.springframework.modulith.NamedInterface;

/**
 * A client's trigger log on their progress tab, for their clinician: the switches (on, the reassurance signal, the
 * written reason a flagged case needs), the weekly count and mean intensity, and the latest moments. Another
 * feature's page adds it in one line with {@link #forClient}.
 */
@NamedInterface("trigger-log-panel")
public class TriggerLogPanel extends Section {

    private final TriggerLogService triggerLog;
    private final PersonalTime time;
    private final Checkbox enabled = new Checkbox();
    private final Checkbox reassurance = new Checkbox();
    private final TextArea reason = TextLimits.limit(new TextArea(), 500);
    private final FieldErrors errors = new FieldErrors().bind("safetyOverrideReason", reason);
    private UUID clientId = new UUID(0, 0);
    private boolean built;

    TriggerLogPanel(TriggerLogService triggerLog, ViewerTime viewerTime) {
        this.triggerLog = triggerLog;
        this.time = viewerTime.viewer();
        addClassName("mw-section");
        addClassName("mw-trigger-log");
        addAttachListener(attach -> {
            if (!built) {
                built = true;
                render();
            }
        });
    }

    public static TriggerLogPanel forClient(UUID clientId) {
        TriggerLogPanel panel = Instantiator.get(UI.getCurrent()).getOrCreate(TriggerLogPanel.class);
        panel.clientId = clientId;
        return panel;
    }

    private void render() {
        removeAll();
        ClinicianTriggerLog log = triggerLog.triggerLogOf(clientId);
        add(new H3(getTranslation("triggers.panel.heading", log.fullName())));
        add(switches(log));
        if (!log.inUse() && log.weeks().stream().allMatch(w -> w.count() == 0)) {
            add(new Paragraph(getTranslation("triggers.panel.off")));
            return;
        }
        add(weekly(log.weeks()));
        add(recent(log.recent()));
    }

    private Component switches(ClinicianTriggerLog log) {
        enabled.setLabel(getTranslation("triggers.panel.enabled"));
        enabled.setValue(log.settings().enabled());
        reassurance.setLabel(getTranslation("triggers.panel.reassurance"));
        reassurance.setValue(log.settings().reassuranceAllowed());
        reassurance.setEnabled(!log.caseFlagged());
        reason.setLabel(getTranslation("triggers.panel.reason"));
        reason.setHelperText(getTranslation("triggers.panel.reason-help"));
        reason.setValue(
                log.settings().safetyOverrideReason() == null
                        ? ""
                        : log.settings().safetyOverrideReason());
        reason.setVisible(log.caseFlagged());
        reason.setWidthFull();
        var save = new Button(getTranslation("triggers.panel.save"), click -> save());
        var form = new Div();
        form.addClassName("mw-trigger-switches");
        if (log.caseFlagged()) {
            form.add(new Paragraph(getTranslation("triggers.panel.flagged")));
        }
        form.add(enabled, reassurance, reason, save);
        return form;
    }

    private void save() {
        try {
            triggerLog.setTriggerLog(
                    clientId, new TriggerLogSettings(enabled.getValue(), reassurance.getValue(), reason.getValue()));
            errors.clear();
            Notification.show(getTranslation("triggers.panel.saved"));
            render();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
    }

    private Component weekly(List<WeeklyTriggers> weeks) {
        List<String> labels =
                weeks.stream().map(w -> time.dayAndMonth(w.weekStart())).toList();
        int total = weeks.stream().mapToInt(WeeklyTriggers::count).sum();
        var counts = new ProgressChart(new ProgressChart.Data(
                getTranslation("triggers.panel.count-summary", total, weeks.size()),
                "bar",
                labels,
                List.of(new ProgressChart.Series(
                        getTranslation("triggers.panel.count"),
                        weeks.stream().map(w -> (Integer) w.count()).toList(),
                        "#0072B2")),
                false,
                0,
                null,
                1,
                null,
                List.of()));
        var intensity = new ProgressChart(new ProgressChart.Data(
                getTranslation("triggers.panel.mean-summary"),
                "line",
                labels,
                List.of(new ProgressChart.Series(
                        getTranslation("triggers.panel.mean"),
                        weeks.stream().map(WeeklyTriggers::meanIntensity).toList(),
                        "#D55E00")),
                false,
                0,
                10,
                1,
                null,
                List.of()));
        var table = ProgressChart.table(
                getTranslation("triggers.panel.table-caption"),
                List.of(
                        getTranslation("triggers.panel.week"),
                        getTranslation("triggers.panel.count"),
                        getTranslation("triggers.panel.mean")),
                weeks.stream()
                        .map(w -> List.of(
                                time.weekdayDate(w.weekStart()),
                                Integer.toString(w.count()),
                                w.meanIntensity() == null
                                        ? "—"
                                        : w.meanIntensity().toString()))
                        .toList());
        var details = new Details(getTranslation("triggers.panel.as-table"), table);
        details.addClassName("mw-chart-table");
        var figure = new Div(new H4(getTranslation("triggers.panel.weekly")), counts, intensity, details);
        figure.addClassName("mw-figure");
        return figure;
    }

    private Component recent(List<Moment> moments) {
        var list = new UnorderedList();
        list.addClassName("mw-trigger-moments");
        for (Moment m : moments) {
            String helped =
                    m.helped().stream().map(h -> getTranslation(h.labelKey())).collect(Collectors.joining(", "));
            list.add(new ListItem(getTranslation(
                    "triggers.panel.moment",
                    time.dateTime(m.occurredAt()),
                    m.intensity(),
                    m.setOffBy() == null ? "—" : m.setOffBy(),
                    helped.isEmpty() ? "—" : helped,
                    m.helpedNote() == null ? "" : m.helpedNote())));
        }
        return new Div(new H4(getTranslation("triggers.panel.recent")), list);
    }
}
