package org.mendwell.intake.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.intake.BirthDates;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeChoices.Choice;
import org.mendwell.intake.IntakeChoices.PreferredContact;
import org.mendwell.intake.IntakeChoices.Readiness;
import org.mendwell.intake.IntakeChoices.SafetyAnswer;
import org.mendwell.intake.IntakeChoices.TrustBreach;
import org.mendwell.intake.IntakeChoices.WorkMode;
import org.mendwell.intake.IntakeForm;
import org.mendwell.intake.IntakeSections;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.DraftSave;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.DatePickers;
import org.mendwell.shared.ui.DraftStatus;
import org.mendwell.shared.ui.DraftStatusLine;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.SavedWhileTyping;
import org.mendwell.shared.ui.ScrollRegion;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.shared.ui.UrgentHelp;

/**
 * The client's intake, one step at a time. Every answer is saved as a draft a moment after it is
 * typed, so a closed tab or an ended session loses nothing; Submit checks everything and reports
 * each problem next to its field, on the step it belongs to.
 */
@Route("intake")
@Menu(title = "intake.menu.my-intake", order = 20)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class IntakeView extends Main implements TranslatedTitle {

    private final IntakeService intakes;
    private final Clock clock;
    private final PersonalTime time;
    private final Binder<IntakeAnswers> binder = new Binder<>(IntakeAnswers.class);
    private final FieldErrors errors = new FieldErrors();
    private final Map<String, Integer> stepOfProperty = new HashMap<>();
    private final Map<String, String> labelOf = new LinkedHashMap<>();
    private final Map<HasValue<?, ?>, String> propertyOf = new HashMap<>();
    /**
     * Kept answers the submit would refuse, found when the page opened: their messages stay next to them while
     * the client changes other answers, and go when the answer itself is changed.
     */
    private final Map<String, String> toCorrect = new LinkedHashMap<>();

    private int current;
    private final List<Component> steps = new ArrayList<>();
    private final DraftStatusLine saveState = new DraftStatusLine();
    /** The fields typed into, by property: each keeps a copy in the tab until the server has saved it. */
    private final Map<String, AbstractField<?, String>> typedFields = new LinkedHashMap<>();
    /**
     * Which steps a refused submit found answers to look at: on the page under the step's heading, not in a
     * notification over it, and replaced, not stacked, by the next refusal. The messages are next to the fields.
     */
    private final Paragraph problems = new Paragraph();

    private final H3 stepTitle = new H3();
    private final ProgressBar progress = new ProgressBar(0, IntakeSections.STEPS.size(), 1);
    private final OrderedList stepList = new OrderedList();
    private final Button back = new Button(getTranslation("intake.form.back"), click -> showAndFocus(current - 1));
    private final Button next = new Button(getTranslation("intake.form.next"), click -> showAndFocus(current + 1));
    private final Button submit = new Button(getTranslation("intake.form.submit"), click -> submit());
    private IntakeAnswers answers = new IntakeAnswers();
    private final DatePicker dateOfBirth = new DatePicker(getTranslation("intake.about.date-of-birth"));
    /**
     * A date of birth refused as typed ("1990", "3/14/2028"), with its message: kept with the draft like any
     * other answer, shown again on reopening, and refused at submit until the client changes it.
     */
    private @Nullable String dateOfBirthAsTyped;

    private @Nullable String dateOfBirthMessage;

    /** The date picker's property with the text in its input, as the browser shows it. */
    private static final String INPUT_TEXT = "_inputElementValue"; // the same in every language

    /** While the page fills in an answer the client did not give (the browser's time zone). */
    private boolean prefilling;

    private String fullName = "";
    /** The help shown above a submitted intake whose safety answers ask for it. */
    private @Nullable Component safetyHelp;
    /** What a submitted intake says first; focus lands on it after the submit. */
    private @Nullable Paragraph submittedNote;

    IntakeView(IntakeService intakes, Clock clock, ViewerTime viewerTime) {
        this.intakes = intakes;
        this.clock = clock;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
        addClassName("mw-intake");
        render(intakes.myIntake());
    }

    private void render(IntakeForm form) {
        removeAll();
        toCorrect.clear();
        safetyHelp = null;
        submittedNote = null;
        fullName = form.fullName();
        if (form.submitted()) {
            if (form.answers().raisesSafetyConcern()) {
                add(safetyHelp()); // first on the page, above the title, for a reader and a screen reader alike
            }
            submittedNote = new Paragraph(getTranslation("intake.submitted.note", time.dateTime(form.submittedAt())));
            add(
                    new H2(getTranslation("intake.heading")),
                    submittedNote,
                    new com.vaadin.flow.component.html.Anchor(
                            "my/exercises", getTranslation("intake.submitted.to-exercises")),
                    IntakeSections.of(form.answers(), true, time));
            return;
        }
        if (!form.open()) {
            add(new H2(getTranslation("intake.heading")), new Paragraph(getTranslation("intake.not-open")));
            return;
        }
        answers = form.answers();
        dateOfBirthAsTyped = answers.getDateOfBirthAsTyped();
        if (dateOfBirthAsTyped != null) {
            answers.setDateOfBirth(null); // the field shows what was typed, not the last date accepted
        }
        buildSteps(form);
        // Not setBean: a bound bean takes no change while any changed field is invalid, so one mistyped
        // answer would silently hold back every answer typed after it. Each change writes what can be
        // written, and the messages come from one place (FieldErrors), not from the binder as well.
        binder.readBean(answers);
        binder.setValidationStatusHandler(status -> {});
        binder.addValueChangeListener(change -> saveDraft(change.getHasValue()));
        saveState.setText(
                form.lastSaved() == null
                        ? getTranslation("intake.draft.saved-as-you-go")
                        : getTranslation("intake.draft.saved-at", time.dateTime(form.lastSaved())));

        progress.getElement().setAttribute("aria-label", getTranslation("intake.form.progress"));
        stepTitle.addClassName("mw-step-title");
        stepList.addClassName("mw-step-list");
        for (int i = 0; i < IntakeSections.STEPS.size(); i++) {
            int index = i;
            var jump = new Button(getTranslation(IntakeSections.STEPS.get(i)), click -> showAndFocus(index));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            stepList.add(new ListItem(jump));
        }
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var navigation = new HorizontalLayout(back, next, submit);
        navigation.addClassName("mw-step-buttons");

        var stepArea = new Div();
        stepArea.addClassName("mw-step");
        steps.forEach(stepArea::add);
        problems.addClassName("mw-warning");
        problems.addClassName("mw-form-problems");
        problems.getElement().setAttribute("role", "status");
        problems.setVisible(false);
        add(
                new H2(getTranslation("intake.heading")),
                new Paragraph(getTranslation("intake.form.intro")),
                stepTitle,
                progress,
                stepList,
                problems,
                stepArea,
                navigation,
                saveState);
        show(0);
        showKeptProblems(form);
    }

    /**
     * On opening, every kept answer the submit would refuse shows its message next to its field, and the
     * status line names them instead of only saying the draft was saved.
     */
    private void showKeptProblems(IntakeForm form) {
        Map<String, String> kept = new LinkedHashMap<>(form.keptProblems());
        List<String> notSaved = List.of();
        if (dateOfBirthAsTyped != null) {
            showRefusedDateOfBirth(dateOfBirthAsTyped);
            kept.remove("dateOfBirth");
            if (dateOfBirthMessage != null) {
                kept.put("dateOfBirth", dateOfBirthMessage);
            }
            notSaved = labelsOf(java.util.Set.of("dateOfBirth"));
        }
        if (kept.isEmpty()) {
            return;
        }
        errors.show(kept);
        toCorrect.putAll(form.keptProblems());
        toCorrect.remove("dateOfBirth"); // kept with its own text and message (dateOfBirthAsTyped)
        Map<String, String> toCheck = new LinkedHashMap<>(kept);
        toCheck.remove("dateOfBirth", dateOfBirthMessage);
        if (toCheck.isEmpty()) {
            return; // the date of birth alone: showRefusedDateOfBirth has said it was not saved
        }
        List<String> labels = labelsOf(toCheck.keySet());
        String check = getTranslation("intake.draft.kept-to-check", String.join(", ", labels), labels.size());
        saveState.setText(DraftStatus.after(check, null, notSaved));
    }

    /** A date of birth refused before the page was last closed: in its field as typed, with its message. */
    private void showRefusedDateOfBirth(String typed) {
        dateOfBirth.getElement().setProperty(INPUT_TEXT, typed);
        // In the browser, once the picker has shown its (empty) value: the text goes in after it.
        dateOfBirth
                .getElement()
                .executeJs(
                        "customElements.whenDefined(this.localName).then(() => requestAnimationFrame(() => {"
                                + " this._inputElementValue = $0; }))",
                        typed);
        var readable = DatePickers.read(typed, dateOfBirth);
        String key = readable.map(date -> BirthDates.problem(date, clock)).orElse(null);
        dateOfBirthMessage = key != null
                ? key.startsWith(BirthDates.TOO_LONG_AGO)
                        ? getTranslation(BirthDates.TOO_LONG_AGO, BirthDates.OLDEST)
                        : getTranslation(key)
                : dateOfBirth
                        .getFallbackParser()
                        .apply(typed)
                        .getMessage()
                        .orElseGet(() -> getTranslation("intake.problem.check"));
        dateOfBirth.setErrorMessage(dateOfBirthMessage);
        dateOfBirth.setInvalid(true);
        List<String> label = labelsOf(java.util.Set.of("dateOfBirth"));
        saveState.setText(DraftStatus.after("", label.getFirst(), label));
    }

    /** What the date of birth field shows as typed: its input's text, or else its date in the locale's form. */
    private @Nullable String typedDateOfBirth() {
        String text = dateOfBirth.getElement().getProperty(INPUT_TEXT);
        if (text != null && !text.isBlank()) {
            return text;
        }
        return dateOfBirth.getValue() == null ? null : DatePickers.format(dateOfBirth.getValue(), dateOfBirth);
    }

    /** Where to get help now, after safety answers that say someone close may be hurting the client. */
    private Component safetyHelp() {
        safetyHelp = UrgentHelp.crisis(
                getTranslation("intake.safety-help.heading"),
                new Paragraph(getTranslation("intake.safety-help.text")),
                UrgentHelp.note(),
                helplines());
        return safetyHelp;
    }

    private Paragraph helplines() {
        return new Paragraph(getTranslation("intake.safety-help.helplines"));
    }

    /**
     * A step chosen with Back, Next or the list of steps: focus moves to its heading, so a keyboard
     * continues from the top of the new step and a screen reader says which step it is.
     */
    private void showAndFocus(int index) {
        show(index);
        Focus.moveTo(stepTitle);
    }

    private void show(int index) {
        current = Math.max(0, Math.min(index, steps.size() - 1));
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).setVisible(i == current);
        }
        stepTitle.setText(getTranslation(
                "intake.form.step-title",
                current + 1,
                steps.size(),
                getTranslation(IntakeSections.STEPS.get(current))));
        progress.setValue(current + 1);
        back.setEnabled(current > 0);
        next.setVisible(current < steps.size() - 1);
        submit.setVisible(current == steps.size() - 1);
        stepList.getChildren().forEach(item -> item.getElement().removeAttribute("aria-current"));
        stepList.getChildren()
                .skip(current)
                .findFirst()
                .ifPresent(item -> item.getElement().setAttribute("aria-current", "step"));
    }

    /**
     * Saves after every change and says which answer was kept, so the client can see it happen. An
     * answer that cannot be kept (refused by its field or by the service) keeps its message next to
     * it and is named on the status line; every other answer is saved all the same.
     */
    private void saveDraft(HasValue<?, ?> changed) {
        binder.writeBeanAsDraft(answers);
        toCorrect.remove(propertyOf.get(changed));
        Map<String, String> notSaved = fieldProblems();
        if (changed == dateOfBirth) {
            dateOfBirthAsTyped = notSaved.containsKey("dateOfBirth") ? typedDateOfBirth() : null;
            dateOfBirthMessage = notSaved.get("dateOfBirth");
            if (dateOfBirthAsTyped == null) {
                notSaved.remove("dateOfBirth");
            }
        } else if (dateOfBirthAsTyped != null && dateOfBirthMessage != null) {
            notSaved.putIfAbsent("dateOfBirth", dateOfBirthMessage);
        }
        answers.setDateOfBirthAsTyped(dateOfBirthAsTyped);
        String changedLabel = changed instanceof HasLabel labelled ? labelled.getLabel() : null;
        try {
            DraftSave saved = intakes.saveDraft(answers);
            saved.notSaved().forEach(notSaved::putIfAbsent);
            Map<String, String> messages = new LinkedHashMap<>(notSaved);
            saved.overLimit().forEach(messages::putIfAbsent);
            toCorrect.forEach(messages::putIfAbsent);
            errors.show(messages);
            typedFields.forEach((property, field) -> {
                if (!notSaved.containsKey(property)) {
                    SavedWhileTyping.savedAs(field, field.getValue());
                }
            });
            if (prefilling && messages.isEmpty()) {
                return;
            }
            saveState.setText(DraftStatus.after(
                    changedLabel == null
                            ? getTranslation("intake.draft.saved")
                            : getTranslation("intake.draft.saved-answer", changedLabel),
                    changedLabel,
                    labelsOf(notSaved.keySet()),
                    labelsOf(saved.overLimit().keySet())));
        } catch (InvalidInputException closed) {
            // Submitted meanwhile (another tab or device): show what was submitted, read-only.
            Notification.show(closed.problems().values().iterator().next(), 6000, Notification.Position.TOP_CENTER);
            render(intakes.myIntake());
        } catch (RuntimeException unavailable) {
            errors.show(notSaved);
            saveState.setText(getTranslation("intake.draft.not-saved"));
        }
    }

    /** The labels of these properties, in the order of the form. */
    private List<String> labelsOf(java.util.Set<String> properties) {
        return labelOf.entrySet().stream()
                .filter(entry -> properties.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** The answers whose field itself refuses what was typed (a date it cannot read or out of range). */
    private Map<String, String> fieldProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        labelOf.keySet()
                .forEach(property -> binder.getBinding(property)
                        .map(binding -> binding.validate(false))
                        .filter(BindingValidationStatus::isError)
                        .ifPresent(status -> problems.put(
                                property,
                                status.getMessage().orElseGet(() -> getTranslation("intake.problem.check")))));
        return problems;
    }

    @Override
    public String titleKey() {
        return "intake.title";
    }

    private void submit() {
        try {
            // A value its field refuses never reached the answers: submitting would send the old one.
            Map<String, String> refusedByFields = fieldProblems();
            if (dateOfBirthAsTyped != null && dateOfBirthMessage != null) {
                refusedByFields.putIfAbsent("dateOfBirth", dateOfBirthMessage);
            }
            if (!refusedByFields.isEmpty()) {
                throw new InvalidInputException(refusedByFields);
            }
            intakes.submit(answers);
            render(intakes.myIntake());
            if (safetyHelp != null) {
                // The help thanks them itself; a notification at the top would cover it.
                UrgentHelp.bringToFront(safetyHelp);
            } else {
                if (submittedNote != null) {
                    Focus.moveTo(submittedNote);
                }
                Notification.show(getTranslation("intake.submitted.thanks"), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
            var stepsWithProblems = new TreeSet<Integer>();
            invalid.problems()
                    .keySet()
                    .forEach(
                            property -> stepsWithProblems.add(stepOfProperty.getOrDefault(property, steps.size() - 1)));
            show(stepsWithProblems.first());
            focusFirstProblem(invalid, stepsWithProblems.first());
            var names = stepsWithProblems.stream()
                    .map(i -> getTranslation(IntakeSections.STEPS.get(i)))
                    .toList();
            problems.setText(getTranslation("intake.form.problems", String.join(", ", names)));
            problems.setVisible(true);
        }
    }

    /** The first field on the step, in the order of the form, whose answer was refused. */
    private void focusFirstProblem(InvalidInputException invalid, int step) {
        labelOf.keySet().stream()
                .filter(property ->
                        invalid.problems().containsKey(property) && stepOfProperty.getOrDefault(property, -1) == step)
                .findFirst()
                .flatMap(binder::getBinding)
                .map(binding -> (Component) binding.getField())
                .ifPresentOrElse(Focus::field, () -> Focus.moveTo(stepTitle));
    }

    /** Binds a field to a property of the answers, on the given step, with its messages shown next to it. */
    private <F extends Component & HasValue<?, ?> & com.vaadin.flow.component.HasValidation> F field(
            int step, String property, F field) {
        // FieldErrors first: it clears a field's message on change, before the binder's listener saves
        // the draft and shows the messages that still apply.
        errors.bind(property, field);
        binder.bind((HasValue) field, property);
        propertyOf.put(field, property);
        stepOfProperty.put(property, step);
        labelOf.put(
                property,
                field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : property);
        if (field instanceof TextField typed) {
            typedFields.put(property, SavedWhileTyping.keptInTab(typed, "intake:" + property, saveState));
        } else if (field instanceof TextArea typed) {
            typedFields.put(property, SavedWhileTyping.keptInTab(typed, "intake:" + property, saveState));
        } else if (field instanceof HasValueChangeMode typed) {
            SavedWhileTyping.field(typed);
        }
        return field;
    }

    private TextField text(String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        TextLimits.limit(field, maxLength);
        return field;
    }

    private TextArea area(String labelKey, int maxLength) {
        var area = new TextArea(getTranslation(labelKey));
        TextLimits.limit(area, maxLength);
        area.setWidthFull();
        return area;
    }

    private <T extends Enum<T> & Choice> RadioButtonGroup<T> radios(String labelKey, T[] values) {
        var group = new RadioButtonGroup<T>(getTranslation(labelKey));
        group.setItems(values);
        group.setItemLabelGenerator(choice -> getTranslation(choice.key()));
        return group;
    }

    private FormLayout step(Component... parts) {
        var layout = new FormLayout(parts);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        steps.add(layout);
        return layout;
    }

    private void buildSteps(IntakeForm form) {
        // 1. About you
        LocalDate latest = BirthDates.latest(clock);
        dateOfBirth.setMin(BirthDates.earliest(clock));
        dateOfBirth.setMax(latest);
        dateOfBirth.setInitialPosition(latest.minusYears(30));
        // Two-digit years are read as the last hundred years: 88 is 1988, 05 is 2005.
        dateOfBirth.setI18n(DatePickers.localiseForTyping(dateOfBirth)
                .setReferenceDate(latest.minusYears(50))
                .setMaxErrorMessage(getTranslation(BirthDates.IN_THE_FUTURE))
                .setMinErrorMessage(getTranslation(BirthDates.TOO_LONG_AGO, BirthDates.OLDEST)));
        var timeZone = new ComboBox<String>(getTranslation("intake.about.time-zone"));
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        timeZone.setHelperText(getTranslation("intake.about.time-zone.helper"));
        step(
                field(0, "preferredName", text("intake.about.preferred-name.question", 120)),
                field(0, "pronouns", text("intake.about.pronouns.question", 40)),
                field(0, "dateOfBirth", dateOfBirth),
                field(0, "phone", text("intake.about.phone", 40)),
                field(0, "timeZone", timeZone),
                field(
                        0,
                        "preferredContact",
                        radios("intake.about.preferred-contact.question", PreferredContact.values())));
        if (answers.getTimeZone() == null || answers.getTimeZone().isBlank()) {
            // The browser knows the client's time zone; offer it once the page is in the browser.
            // Vaadin 25 sends the details as the UI starts; refresh() only when it has placeholders (width -1).
            timeZone.addAttachListener(attach -> {
                var details = attach.getUI().getPage().getExtendedClientDetails();
                SerializableConsumer<ExtendedClientDetails> offer = known -> {
                    if (timeZone.isEmpty() && known.getTimeZoneId() != null) {
                        // Kept with the draft, but not announced: the client did not save anything.
                        prefilling = true;
                        try {
                            timeZone.setValue(known.getTimeZoneId());
                        } finally {
                            prefilling = false;
                        }
                    }
                };
                if (details.getScreenWidth() != -1) {
                    offer.accept(details);
                } else {
                    details.refresh(offer);
                }
            });
        }

        // 2. Emergency contact
        step(
                new Paragraph(getTranslation("intake.emergency.intro")),
                field(1, "emergencyName", text("intake.emergency.name.question", 120)),
                field(1, "emergencyRelationship", text("intake.emergency.relationship.question", 60)),
                field(1, "emergencyPhone", text("intake.emergency.phone.question", 40)));

        // 3. What brings you here
        var partnerName = field(2, "partnerName", text("intake.reason.partner-name.question", 120));
        var workMode = field(2, "workMode", radios("intake.reason.work-mode.question", WorkMode.values()));
        workMode.addValueChangeListener(change -> partnerName.setVisible(change.getValue() == WorkMode.COUPLE));
        partnerName.setVisible(answers.getWorkMode() == WorkMode.COUPLE);
        var reason = field(2, "reason", area("intake.reason.question", 4000));
        step(reason, workMode, partnerName).setColspan(reason, 2);

        // 4. What happened to trust
        var breaches = new CheckboxGroup<TrustBreach>(getTranslation("intake.trust.question"));
        breaches.setItems(TrustBreach.values());
        breaches.setItemLabelGenerator(breach -> getTranslation(breach.key()));
        var other = field(3, "trustOther", area("intake.trust.other", 1000));
        var breachesField = field(3, "trustBreaches", breaches);
        step(breachesField, other).setColspan(breachesField, 2);

        // 5. Goals
        step(
                new Paragraph(getTranslation("intake.goals.intro")),
                field(4, "goal1", area("intake.goals.goal-1", 500)),
                field(4, "goal2", area("intake.goals.goal-2.question", 500)),
                field(4, "goal3", area("intake.goals.goal-3.question", 500)),
                field(4, "readiness", radios("intake.goals.readiness.question", Readiness.values())));

        // 6. Safety (private)
        var privacy = new Paragraph(getTranslation("intake.safety.intro"));
        var help = new Div(new H3(getTranslation("intake.safety.help-now")), UrgentHelp.note(), helplines());
        help.addClassName("mw-crisis-box");
        step(
                privacy,
                help,
                field(5, "safetyAfraid", radios("intake.safety.afraid.question", SafetyAnswer.values())),
                field(5, "safetyPhysical", radios("intake.safety.physical.question", SafetyAnswer.values())),
                field(5, "safetyEmotional", radios("intake.safety.emotional.question", SafetyAnswer.values())),
                field(5, "safetyControl", radios("intake.safety.control.question", SafetyAnswer.values())),
                field(5, "safetyNotes", area("intake.safety.notes.question", 2000)));

        // 7. Consent
        var treatment = ScrollRegion.of(
                getTranslation("intake.consent.treatment"),
                new H3(getTranslation("intake.consent.treatment")),
                new Paragraph(form.consent().treatment()));
        var privacyText = ScrollRegion.of(
                getTranslation("intake.consent.privacy"),
                new H3(getTranslation("intake.consent.privacy")),
                new Paragraph(form.consent().privacy()));
        treatment.addClassName("mw-consent-text");
        privacyText.addClassName("mw-consent-text");
        var signature = field(6, "signatureName", text("intake.consent.signature", 120));
        signature.setHelperText(getTranslation("intake.consent.signature.helper", fullName));
        step(
                treatment,
                field(6, "consentTreatment", new Checkbox(getTranslation("intake.consent.treatment.agree"))),
                privacyText,
                field(6, "consentPrivacy", new Checkbox(getTranslation("intake.consent.privacy.agree"))),
                signature);
    }
}
