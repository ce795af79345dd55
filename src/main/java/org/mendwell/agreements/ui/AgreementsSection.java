package org.mendwell.agreements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.DayOfWeek;
import java.util.UUID;
import org.mendwell.agreements.AgreementProgress;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.CoupleAgreements;
import org.mendwell.agreements.Frequency;
import org.mendwell.agreements.NewAgreement;
import org.mendwell.agreements.Promisers;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.SafetyReason;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.ui.DatePickers;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;

/**
 * The agreements part of the clinician's client page: the couple's agreements and a form to record one made in
 * session. The service decides what may be recorded; on a flagged case the form asks for the written reason.
 */
@StyleSheet("context://styles/agreements.css")
public class AgreementsSection extends Section {

    private final AgreementService agreements;
    private final UUID clientId;
    private final PersonalTime time;

    public AgreementsSection(AgreementService agreements, UUID clientId, PersonalTime time) {
        this.agreements = agreements;
        this.clientId = clientId;
        this.time = time;
        addClassNames("mw-section", "mw-agreements-section");
        render();
    }

    private void render() {
        removeAll();
        CoupleAgreements couple = agreements.agreementsOf(clientId);
        add(new H3(getTranslation("agreements.clinician.heading")));
        var record = new Button(getTranslation("agreements.clinician.record"), click -> openForm(couple));
        if (couple.agreements().isEmpty()) {
            add(new Paragraph(getTranslation("agreements.clinician.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("mw-agreement-list");
            couple.agreements().forEach(agreement -> list.add(new ListItem(line(couple, agreement))));
            add(list);
        }
        add(record);
    }

    private Component line(CoupleAgreements couple, AgreementProgress agreement) {
        var item = new Span();
        item.add(new Span(getTranslation("agreements.clinician.line", agreement.promiserName(), agreement.words())));
        item.add(new Span(" · " + ScheduleText.of(this, agreement.schedule(), time)));
        item.add(new Span(" · " + getTranslation(AgreementsProgress.visibilityKey(agreement))));
        if (agreement.closedBySafetyFlag()) {
            item.add(new Span(" · " + getTranslation("agreements.clinician.closed")));
        }
        if (agreement.stoppedBySafetyEnding()) {
            item.add(new Span(" · " + getTranslation("agreements.clinician.stopped") + " "));
            var resume = new Button(
                    getTranslation("agreements.clinician.resume"), click -> confirmResume(couple, agreement));
            resume.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "agreements.clinician.resume-label", agreement.promiserName(), agreement.words()));
            item.add(resume);
        }
        return item;
    }

    /**
     * A stopped agreement does not come back by itself when a couple is linked again: the clinician resumes it here,
     * told what resuming means, and on a flagged case with the written reason a new agreement would need.
     */
    private void confirmResume(CoupleAgreements couple, AgreementProgress agreement) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agreements.resume.title"));
        var reason = TextLimits.limit(new TextArea(getTranslation("agreements.resume.reason")), SafetyReason.LIMIT);
        reason.setHelperText(getTranslation("agreements.form.safety-reason-help"));
        reason.setWidthFull();
        reason.setVisible(couple.safetyReasonNeeded());
        var errors = new FieldErrors().bind("safetyOverrideReason", reason);
        dialog.add(new Paragraph(getTranslation("agreements.resume.text", agreement.promiserName())), reason);
        var confirm = new Button(getTranslation("agreements.resume.confirm"), click -> {
            try {
                agreements.resume(
                        agreement.promiserId(), agreement.agreementId(), reason.isVisible() ? reason.getValue() : null);
                dialog.close();
                Notification.show(getTranslation("agreements.resume.done"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("agreements.form.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        if (reason.isVisible()) {
            reason.focus();
        }
    }

    private void openForm(CoupleAgreements couple) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agreements.form.title"));
        var words = TextLimits.limit(new TextArea(getTranslation("agreements.form.words")), 500);
        var promisers = new RadioButtonGroup<Promisers>(getTranslation("agreements.form.promisers"));
        promisers.setItems(Promisers.values());
        promisers.setItemLabelGenerator(who -> getTranslation(
                "agreements.form.promisers." + who.name(),
                couple.clientName(),
                couple.partnerName() == null ? "" : couple.partnerName()));
        promisers.setValue(Promisers.CLIENT);
        promisers.setVisible(couple.partnerId() != null);
        var frequency = new Select<Frequency>();
        frequency.setLabel(getTranslation("agreements.form.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("agreements.form.frequency." + f.name()));
        frequency.setValue(Frequency.DAILY);
        var weekdays = new CheckboxGroup<DayOfWeek>(getTranslation("agreements.form.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> ScheduleText.dayName(day, time));
        weekdays.setVisible(false);
        frequency.addValueChangeListener(change -> weekdays.setVisible(change.getValue() == Frequency.WEEKDAYS));
        // The client's today, not the clinician's: the service refuses a start before the client's today, and a
        // client a day ahead of the clinician would otherwise be refused the form's own default.
        var start = new DatePicker(getTranslation("agreements.form.start"), couple.clientToday());
        var end = new DatePicker(getTranslation("agreements.form.end"));
        DatePickers.localise(start);
        DatePickers.localise(end);
        var visible = new Checkbox(getTranslation("agreements.form.visible"), true);
        var reason = TextLimits.limit(new TextArea(getTranslation("agreements.form.safety-reason")), 500);
        reason.setHelperText(getTranslation("agreements.form.safety-reason-help"));
        reason.setVisible(couple.safetyReasonNeeded());
        var errors = new FieldErrors()
                .bind("words", words)
                .bind("promisers", promisers)
                .bind("frequency", frequency)
                .bind("weekdays", weekdays)
                .bind("start", start)
                .bind("end", end)
                .bind("safetyOverrideReason", reason);
        var form = new FormLayout(words, promisers, frequency, weekdays, start, end, visible, reason);
        form.setColspan(words, 2);
        form.setColspan(reason, 2);
        dialog.add(form);
        var save = new Button(getTranslation("agreements.form.save"), click -> {
            if (start.getValue() == null) {
                errors.show(java.util.Map.of("start", getTranslation("agreements.problem.start-missing")));
                return;
            }
            try {
                agreements.record(new NewAgreement(
                        clientId,
                        words.getValue(),
                        promisers.getValue() == null ? Promisers.CLIENT : promisers.getValue(),
                        frequency.getValue(),
                        weekdays.getValue(),
                        start.getValue(),
                        end.getValue(),
                        visible.getValue(),
                        reason.isVisible() ? reason.getValue() : null));
                dialog.close();
                Notification.show(getTranslation("agreements.form.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("agreements.form.cancel"), click -> dialog.close()), save);
        dialog.open();
        words.focus();
    }
}
