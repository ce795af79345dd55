package org.mendwell.caseload.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.mendwell.client.ClientDetails;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.LibraryFilter;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.FieldErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Gives an exercise from the library to a client: once, daily, or weekly on chosen days, until a date or N times. */
class AssignDialog extends Dialog {

    private final ComboBox<TemplateSummary> template = new ComboBox<>("Exercise");
    private final TextArea instructions = new TextArea("Personal instructions (optional)");
    private final RadioButtonGroup<Schedule> frequency = new RadioButtonGroup<>("How often");
    private final DatePicker start = new DatePicker("First due on");
    private final TimePicker dueTime = new TimePicker("Due by (client's time)");
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("On these days");
    private final DatePicker until = new DatePicker("Until");
    private final IntegerField count = new IntegerField("Or this many times");
    private final Checkbox bothPartners = new Checkbox("Give it to both partners");
    private final TextArea safetyOverride = new TextArea("Why a couples exercise is right despite the safety flag");

    AssignDialog(ClientDetails client, ExerciseLibraryService library, AssignmentService assignments,
                 Runnable afterAssign) {
        setHeaderTitle("Give an exercise to " + client.fullName());
        setWidth("min(44rem, 100vw)");

        template.setItemLabelGenerator(t -> t.title() + " · " + t.theme().label());
        template.setItems(query -> library.library(new LibraryFilter(query.getFilter().orElse(""), null, null),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("title"))).stream());
        template.setRequiredIndicatorVisible(true);
        template.setWidthFull();
        template.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                frequency.setValue(change.getValue().suggestedSchedule());
            }
        });
        instructions.setMaxLength(2000);
        frequency.setItems(Schedule.values());
        frequency.setItemLabelGenerator(Schedule::label);
        frequency.setValue(Schedule.ONCE);
        frequency.addValueChangeListener(change -> showScheduleFields());
        start.setValue(LocalDate.now());
        dueTime.setValue(LocalTime.of(21, 0));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
        count.setMin(1);
        count.setMax(ExerciseSchedule.MAX_OCCURRENCES);
        bothPartners.setVisible(client.partnerId() != null);
        if (client.partnerName() != null) {
            bothPartners.setLabel("Give it to " + client.partnerName() + " too");
        }
        // The flag may sit on the partner's record, so a couple case always offers the field.
        safetyOverride.setVisible(client.safetyFlag() || client.partnerId() != null);
        safetyOverride.setHelperText("Needed only for a couples exercise when either partner's intake raised a "
                + "safety flag. Recorded with the assignment.");
        safetyOverride.setMaxLength(500);
        showScheduleFields();

        var errors = new FieldErrors().bind("templateId", template).bind("instructions", instructions)
                .bind("start", start).bind("dueTime", dueTime).bind("weekdays", weekdays).bind("until", until)
                .bind("count", count).bind("bothPartners", bothPartners)
                .bind("safetyOverrideReason", safetyOverride).bind("clientId", template);
        var give = new Button("Give exercise", click -> {
            if (template.getValue() == null) {
                errors.show(InvalidInputException.of("templateId", "Choose an exercise from the library"));
                return;
            }
            try {
                assignments.assign(new AssignExercise(client.clientId(), template.getValue().templateId(),
                        instructions.getValue(), schedule(), bothPartners.getValue(), safetyOverride.getValue()));
                close();
                afterAssign.run();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var form = new FormLayout(template, instructions, frequency, start, dueTime, weekdays, until, count,
                bothPartners, safetyOverride);
        form.setColspan(template, 2);
        form.setColspan(instructions, 2);
        form.setColspan(weekdays, 2);
        form.setColspan(safetyOverride, 2);
        add(form);
        getFooter().add(new Button("Cancel", click -> close()), give);
    }

    private void showScheduleFields() {
        boolean repeats = frequency.getValue() != Schedule.ONCE;
        weekdays.setVisible(frequency.getValue() == Schedule.WEEKLY);
        until.setVisible(repeats);
        count.setVisible(repeats);
        start.setLabel(repeats ? "Starts on" : "Due on");
    }

    private ExerciseSchedule schedule() {
        LocalDate first = start.getValue() == null ? LocalDate.now() : start.getValue();
        LocalTime by = dueTime.getValue() == null ? LocalTime.of(21, 0) : dueTime.getValue();
        return switch (frequency.getValue() == null ? Schedule.ONCE : frequency.getValue()) {
            case ONCE -> ExerciseSchedule.once(first, by);
            case DAILY -> ExerciseSchedule.daily(first, until.getValue(), count.getValue(), by);
            case WEEKLY -> ExerciseSchedule.weekly(first, weekdays.getValue(), until.getValue(), count.getValue(), by);
        };
    }
}
