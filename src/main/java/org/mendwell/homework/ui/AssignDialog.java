package org.mendwell.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientDetails;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentProspect;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.AssignmentSummary;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.LibraryFilter;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.ui.DatePickers;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;

/**
 * Gives an exercise from the library to a client: once, daily, or weekly on chosen days, until a date
 * or N times. Opened from a client's page (the client is fixed, the exercise is chosen) and from the
 * library (the exercise is fixed, the client is chosen among the clinician's active clients). The one
 * UI class the caseload may use, hence its named interface.
 */
@NamedInterface("assign-dialog")
public class AssignDialog extends Dialog {

    private static final LocalTime DEFAULT_DUE_TIME = LocalTime.of(21, 0);
    private static final LocalTime LATEST_DUE_TIME = LocalTime.of(23, 59);

    private final ComboBox<TemplateSummary> template = new ComboBox<>(getTranslation("homework.assign.exercise"));
    private final ComboBox<CaseloadRow> clientChoice = new ComboBox<>(getTranslation("homework.assign.client"));
    private final TextArea instructions = new TextArea(getTranslation("homework.assign.instructions"));
    private final RadioButtonGroup<Schedule> frequency =
            new RadioButtonGroup<>(getTranslation("homework.assign.how-often"));
    private final DatePicker start = new DatePicker(getTranslation("homework.assign.due-on"));
    private final TimePicker dueTime = new TimePicker(getTranslation("homework.assign.due-by"));
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>(getTranslation("homework.assign.weekdays"));
    private final DatePicker until = new DatePicker(getTranslation("homework.assign.until"));
    private final IntegerField count = new IntegerField(getTranslation("homework.assign.count"));
    private final Checkbox bothPartners = new Checkbox(getTranslation("homework.assign.both"));
    private final TextArea safetyOverride = new TextArea(getTranslation("homework.assign.safety-reason"));
    private final Paragraph alreadyActive = new Paragraph();
    /** Whether the clinician picked the first due date or time themselves: then the dialog leaves them alone. */
    private boolean datesChosen;

    private final Button give = new Button(getTranslation("homework.assign.give"));
    private final AssignmentService assignments;
    private final PersonalTime time;
    private @Nullable ClientDetails client;
    private AssignmentProspect prospect = AssignmentProspect.NONE;
    /** Which language a built-in exercise goes out in: the client's, where the library has it. */
    private final Paragraph language = new Paragraph();
    /** The duplicate warning was shown for the current choice: the next press gives the exercise anyway. */
    private boolean duplicateSeen;

    /** From a client's page: the client is fixed, the exercise is chosen from the library. */
    public AssignDialog(
            ClientDetails client,
            ExerciseLibraryService library,
            AssignmentService assignments,
            PersonalTime time,
            Runnable afterAssign) {
        this(client, null, library, assignments, null, time, afterAssign);
    }

    /** From the library: the exercise is fixed, the client is chosen among the clinician's active clients. */
    public AssignDialog(
            TemplateSummary exercise,
            ExerciseLibraryService library,
            AssignmentService assignments,
            ClientService clients,
            PersonalTime time,
            Runnable afterAssign) {
        this(null, exercise, library, assignments, clients, time, afterAssign);
    }

    private AssignDialog(
            @Nullable ClientDetails fixedClient,
            @Nullable TemplateSummary fixedTemplate,
            ExerciseLibraryService library,
            AssignmentService assignments,
            @Nullable ClientService clients,
            PersonalTime time,
            Runnable afterAssign) {
        setHeaderTitle(
                fixedClient != null
                        ? getTranslation("homework.assign.heading.client", fixedClient.fullName())
                        : getTranslation(
                                "homework.assign.heading.exercise",
                                Objects.requireNonNull(fixedTemplate).title()));
        setWidth("min(44rem, 100vw)");
        this.assignments = assignments;
        this.time = time;

        template.setItemLabelGenerator(
                t -> t.title() + " · " + getTranslation(t.theme().labelKey()));
        template.setItems(query -> library
                .library(
                        new LibraryFilter(query.getFilter().orElse(""), null, null),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("title")))
                .stream());
        template.setRequiredIndicatorVisible(true);
        template.setWidthFull();
        template.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                frequency.setValue(change.getValue().suggestedSchedule());
            }
            refreshProspect();
        });
        TextLimits.limit(instructions, 2000);
        frequency.setItems(Schedule.values());
        frequency.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        frequency.setValue(Schedule.ONCE);
        frequency.addValueChangeListener(change -> showScheduleFields());
        if (fixedTemplate != null) {
            template.setValue(fixedTemplate);
            template.setReadOnly(true);
        }
        DatePickers.localise(start);
        DatePickers.localise(until);
        suggestFirstDue(time.now());
        start.addValueChangeListener(change -> datesChosen |= change.isFromClient());
        dueTime.addValueChangeListener(change -> datesChosen |= change.isFromClient());
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, time.locale()));
        count.setMin(1);
        count.setMax(ExerciseSchedule.MAX_OCCURRENCES);
        safetyOverride.setHelperText(getTranslation("homework.assign.safety-reason.helper"));
        TextLimits.limit(safetyOverride, 500);
        safetyOverride.setVisible(false);
        alreadyActive.addClassName("mw-warning");
        alreadyActive.getElement().setAttribute("role", "alert");
        alreadyActive.setVisible(false);
        bothPartners.addValueChangeListener(change -> forgetDuplicateWarning());
        showScheduleFields();

        var errors = new FieldErrors()
                .bind("templateId", template)
                .bind("instructions", instructions)
                .bind("start", start)
                .bind("dueTime", dueTime)
                .bind("weekdays", weekdays)
                .bind("until", until)
                .bind("count", count)
                .bind("bothPartners", bothPartners)
                .bind("safetyOverrideReason", safetyOverride);
        var form = new FormLayout();
        if (clients != null) {
            clientChoice.setItemLabelGenerator(row -> row.partnerName() == null
                    ? row.fullName()
                    : getTranslation("homework.assign.couple-with", row.fullName(), row.partnerName()));
            clientChoice.setItems(query -> clients
                    .caseload(
                            new CaseloadFilter(query.getFilter().orElse(""), ClientStatus.ACTIVE, false),
                            PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("fullName")))
                    .stream());
            clientChoice.setRequiredIndicatorVisible(true);
            clientChoice.setHelperText(getTranslation("homework.assign.client.helper"));
            clientChoice.addValueChangeListener(change -> showClient(
                    change.getValue() == null
                            ? null
                            : clients.details(change.getValue().clientId())));
            errors.bind("clientId", clientChoice);
            form.add(clientChoice);
            form.setColspan(clientChoice, 2);
        } else {
            // The client is fixed, so a refusal about them is best read next to the one choice left.
            errors.bind("clientId", template);
        }
        showClient(fixedClient);

        give.addClickListener(click -> {
            Map<String, String> missing = new LinkedHashMap<>();
            if (client == null) {
                missing.put("clientId", getTranslation("homework.assign.choose-client"));
            }
            if (template.getValue() == null) {
                missing.put("templateId", getTranslation("homework.assign.choose-exercise"));
            }
            if (!missing.isEmpty()) {
                errors.show(new InvalidInputException(missing));
                return;
            }
            try {
                var request = new AssignExercise(
                        Objects.requireNonNull(client).clientId(),
                        template.getValue().templateId(),
                        instructions.getValue(),
                        schedule(),
                        bothPartners.getValue(),
                        safetyOverride.isVisible() ? safetyOverride.getValue() : null);
                if (!duplicateSeen) {
                    // The form's own problems first (a date passed, a series that ends before it starts): "Give it
                    // again" is asked only of a form that can be given.
                    Map<String, String> problems = assignments.check(request);
                    if (!problems.isEmpty()) {
                        throw new InvalidInputException(problems);
                    }
                    errors.clear();
                    if (warnOfDuplicates()) {
                        return;
                    }
                }
                List<AssignmentSummary> given = assignments.assign(request);
                close();
                Notification.show(confirmation(given), 8000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterAssign.run();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        form.add(
                template,
                instructions,
                frequency,
                start,
                dueTime,
                weekdays,
                until,
                count,
                bothPartners,
                language,
                safetyOverride,
                alreadyActive);
        form.setColspan(template, 2);
        form.setColspan(instructions, 2);
        form.setColspan(weekdays, 2);
        form.setColspan(safetyOverride, 2);
        form.setColspan(alreadyActive, 2);
        form.setColspan(language, 2);
        language.addClassName("mw-template-facts");
        language.setVisible(false);
        add(form);
        getFooter().add(new Button(getTranslation("homework.assign.cancel"), click -> close()), give);
    }

    private void showClient(@Nullable ClientDetails chosen) {
        client = chosen;
        boolean couple = chosen != null && chosen.partnerId() != null;
        bothPartners.setVisible(couple);
        bothPartners.setLabel(
                chosen != null && chosen.partnerName() != null
                        ? getTranslation("homework.assign.partner-too", chosen.partnerName())
                        : getTranslation("homework.assign.both"));
        if (!couple) {
            bothPartners.setValue(false);
        }
        refreshProspect();
    }

    /** The service decides whether this exercise for this case needs a safety reason, and what is already active. */
    private void refreshProspect() {
        forgetDuplicateWarning();
        prospect = client == null || template.getValue() == null
                ? AssignmentProspect.NONE
                : assignments.prospect(client.clientId(), template.getValue().templateId());
        if (prospect.nowWhereClientLives() != null && !datesChosen) {
            // Due moments are the client's: a clinician whose evening is already the client's tomorrow would
            // otherwise be offered a date that has passed where the client lives, and refused for it.
            suggestFirstDue(prospect.nowWhereClientLives());
        }
        safetyOverride.setVisible(prospect.safetyReasonNeeded());
        language.setVisible(prospect.language() != null);
        if (prospect.language() != null && client != null) {
            language.setText(getTranslation(
                    "homework.assign.language",
                    client.fullName(),
                    getTranslation(prospect.language().nameKey())));
        }
    }

    private void forgetDuplicateWarning() {
        duplicateSeen = false;
        alreadyActive.setVisible(false);
        give.setText(getTranslation("homework.assign.give"));
    }

    /** Shows the active assignments of the same exercise for whoever would receive it; true if there are any. */
    private boolean warnOfDuplicates() {
        ClientDetails chosen = Objects.requireNonNull(client);
        List<AssignmentSummary> same = prospect.alreadyActive().stream()
                .filter(a -> a.clientId().equals(chosen.clientId()) || bothPartners.getValue())
                .toList();
        if (same.isEmpty()) {
            return false;
        }
        alreadyActive.setText(same.stream()
                        .map(a -> getTranslation(
                                "homework.assign.already-active",
                                nameOf(a),
                                Words.quoted(a.title()),
                                a.scheduleText(time.dates())))
                        .collect(Collectors.joining("; "))
                + getTranslation("homework.assign.already-active.end"));
        alreadyActive.setVisible(true);
        give.setText(getTranslation("homework.assign.give-again"));
        duplicateSeen = true;
        return true;
    }

    private String nameOf(AssignmentSummary assignment) {
        ClientDetails chosen = Objects.requireNonNull(client);
        return assignment.clientId().equals(chosen.clientId()) || chosen.partnerName() == null
                ? chosen.fullName()
                : chosen.partnerName();
    }

    private String confirmation(List<AssignmentSummary> given) {
        return given.stream()
                .map(a -> getTranslation(
                        "homework.assign.given", Words.quoted(a.title()), nameOf(a), a.scheduleText(time.dates())))
                .collect(Collectors.joining(" "));
    }

    private void showScheduleFields() {
        boolean repeats = frequency.getValue() != Schedule.ONCE;
        weekdays.setVisible(frequency.getValue() == Schedule.WEEKLY);
        until.setVisible(repeats);
        count.setVisible(repeats);
        start.setLabel(getTranslation(repeats ? "homework.assign.starts-on" : "homework.assign.due-on"));
    }

    private void suggestFirstDue(LocalDateTime now) {
        LocalDateTime firstDue = defaultFirstDue(now);
        start.setValue(firstDue.toLocalDate());
        dueTime.setValue(firstDue.toLocalTime());
    }

    /**
     * The first due moment the dialog suggests: today at the usual 21:00; once that has passed, still today
     * at the day's last minute (an exercise given in an evening session is for tonight); in the last quarter
     * of an hour, tomorrow at 21:00. A first due moment in the past is refused.
     */
    static LocalDateTime defaultFirstDue(LocalDateTime now) {
        if (now.toLocalTime().isBefore(DEFAULT_DUE_TIME)) {
            return now.toLocalDate().atTime(DEFAULT_DUE_TIME);
        }
        if (now.toLocalTime().isBefore(LATEST_DUE_TIME.minusMinutes(15))) {
            return now.toLocalDate().atTime(LATEST_DUE_TIME);
        }
        return now.toLocalDate().plusDays(1).atTime(DEFAULT_DUE_TIME);
    }

    private ExerciseSchedule schedule() {
        LocalDate first = start.getValue() == null ? time.today() : start.getValue();
        LocalTime by = dueTime.getValue() == null ? DEFAULT_DUE_TIME : dueTime.getValue();
        return switch (frequency.getValue() == null ? Schedule.ONCE : frequency.getValue()) {
            case ONCE -> ExerciseSchedule.once(first, by);
            case DAILY -> ExerciseSchedule.daily(first, until.getValue(), count.getValue(), by);
            case WEEKLY -> ExerciseSchedule.weekly(first, weekdays.getValue(), until.getValue(), count.getValue(), by);
        };
    }
}
