package org.mendwell.trust.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.di.Instantiator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.progress.ui.ProgressChart;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.trust.GapDay;
import org.mendwell.trust.TrustGapReport;
import org.mendwell.trust.TrustGapService;
import org.springframework.modulith.NamedInterface;

/**
 * The couple's trust gap on a client's progress tab, for their clinician: why the couple needs attention, the
 * threshold, and one chart per check-in scale with its table. Built when first attached. Another feature's page
 * adds it in one line with {@link #forClient}.
 */
@NamedInterface("trust-gap-panel")
public class TrustGapPanel extends Section {

    private final TrustGapService trustGap;
    private final PersonalTime time;
    private final IntegerField threshold = new IntegerField();
    private final FieldErrors errors = new FieldErrors().bind("threshold", threshold);
    private UUID clientId = new UUID(0, 0);
    private boolean built;

    TrustGapPanel(TrustGapService trustGap, ViewerTime viewerTime) {
        this.trustGap = trustGap;
        this.time = viewerTime.viewer();
        addClassName("mw-section");
        addClassName("mw-trust-gap");
        addAttachListener(attach -> {
            if (!built) {
                built = true;
                render();
            }
        });
    }

    /** The panel for one of the signed-in clinician's clients, with its services from the application. */
    public static TrustGapPanel forClient(UUID clientId) {
        TrustGapPanel panel = Instantiator.get(UI.getCurrent()).getOrCreate(TrustGapPanel.class);
        panel.clientId = clientId;
        return panel;
    }

    private void render() {
        removeAll();
        TrustGapReport report = trustGap.trustGapOf(clientId);
        if (!report.coupleCase()) {
            return;
        }
        add(new H3(getTranslation("trust.gap.heading")));
        add(new Paragraph(getTranslation("trust.gap.intro", report.firstName(), report.secondName())));
        add(AttentionReasonList.of(report.reasons(), this, time));
        add(thresholdForm(report));
        if (report.scales().isEmpty()) {
            add(new Paragraph(getTranslation("trust.gap.empty")));
        }
        report.scales().forEach(scale -> add(figure(report, scale)));
    }

    private Component thresholdForm(TrustGapReport report) {
        threshold.setLabel(getTranslation("trust.threshold.label"));
        threshold.setHelperText(getTranslation("trust.threshold.help"));
        threshold.setMin(1);
        threshold.setMax(10);
        threshold.setStepButtonsVisible(true);
        threshold.setValue(report.threshold());
        var save = new Button(getTranslation("trust.threshold.save"), click -> saveThreshold());
        var form = new HorizontalLayout(threshold, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("mw-trust-threshold");
        return form;
    }

    private void saveThreshold() {
        Integer value = threshold.getValue();
        try {
            trustGap.setThreshold(clientId, value == null ? 0 : value);
            errors.clear();
            Notification.show(getTranslation("trust.threshold.saved", value));
            render();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
    }

    private Component figure(TrustGapReport report, TrustGapReport.Scale scale) {
        List<String> labels =
                scale.days().stream().map(d -> time.dayAndMonth(d.day())).toList();
        var series = List.of(
                new ProgressChart.Series(
                        report.firstName(),
                        scale.days().stream().map(GapDay::first).toList(),
                        "#0072B2"),
                new ProgressChart.Series(
                        report.secondName(),
                        scale.days().stream().map(GapDay::second).toList(),
                        "#E69F00"),
                new ProgressChart.Series(
                        getTranslation("trust.gap.rolling"),
                        scale.days().stream().map(GapDay::rollingGap).toList(),
                        "#CC79A7"));
        long both = scale.days().stream().filter(d -> d.gap() != null).count();
        var chart = new ProgressChart(new ProgressChart.Data(
                getTranslation(
                        "trust.gap.summary", scale.name(), both, scale.days().size()),
                "line",
                labels,
                series,
                false,
                0,
                10,
                1,
                null,
                List.of()));
        List<List<String>> rows = new ArrayList<>();
        for (GapDay day : scale.days()) {
            rows.add(List.of(
                    time.weekdayDate(day.day()),
                    value(day.first()),
                    value(day.second()),
                    value(day.gap()),
                    value(day.rollingGap())));
        }
        var table = ProgressChart.table(
                getTranslation("trust.gap.table-caption", scale.name()),
                List.of(
                        getTranslation("trust.gap.day"),
                        report.firstName(),
                        report.secondName(),
                        getTranslation("trust.gap.gap"),
                        getTranslation("trust.gap.rolling")),
                rows);
        var details = new Details(getTranslation("trust.gap.as-table"), table);
        details.addClassName("mw-chart-table");
        var figure = new Div(new H4(scale.name()), chart, details);
        figure.addClassName("mw-figure");
        return figure;
    }

    private static String value(@Nullable Number value) {
        return value == null ? "—" : value.toString();
    }
}
