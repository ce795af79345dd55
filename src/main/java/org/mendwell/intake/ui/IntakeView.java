package org.mendwell.intake.ui;

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
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.ScrollRegion;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.UrgentHelp;

/**
 * The client's intake, one step at a time. Every answer is saved as a draft a moment after it is
 * typed, so a closed tab or an ended session loses nothing; Submit checks everything and reports
 * each problem next to its field, on the step it belongs to.
 */
@Route("intake")
@PageTitle("My intake | Mendwell")
@Menu(title = "intake.menu.my-intake", order = 20)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class IntakeView extends Main {

    private final IntakeService intakes;
    private final Clock clock;
    private final PersonalTime time;
    private final Binder<IntakeAnswers> binder = new Binder<>(IntakeAnswers.class);
    private final FieldErrors errors = new FieldErrors();
    private final Map<String, Integer> stepOfProperty = new HashMap<>();
    private final Map<String, String> labelOf = new LinkedHashMap<>();
    private int current;
    private final List<Component> steps = new ArrayList<>();
    private final Span saveState = new Span();
    private final H3 stepTitle = new H3();
    private final ProgressBar progress = new ProgressBar(0, IntakeSections.STEPS.size(), 1);
    private final OrderedList stepList = new OrderedList();
    private final Button back = new Button("Back", click -> showAndFocus(current - 1));
    private final Button next = new Button("Next", click -> showAndFocus(current + 1));
    private final Button submit = new Button("Submit my intake", click -> submit());
    private IntakeAnswers answers = new IntakeAnswers();
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
        safetyHelp = null;
        submittedNote = null;
        fullName = form.fullName();
        if (form.submitted()) {
            if (form.answers().raisesSafetyConcern()) {
                add(safetyHelp()); // first on the page, above the title, for a reader and a screen reader alike
            }
            submittedNote = new Paragraph("You submitted your intake on " + time.dateTime(form.submittedAt())
                    + ". Your clinician will go through it with you. It can no longer be changed; if "
                    + "something has changed, tell your clinician.");
            add(
                    new H2("Your intake"),
                    submittedNote,
                    new com.vaadin.flow.component.html.Anchor("my/exercises", "Go to my exercises"),
                    IntakeSections.of(form.answers(), true));
            return;
        }
        if (!form.open()) {
            add(
                    new H2("Your intake"),
                    new Paragraph("There is no intake for you to fill in at the moment. If you "
                            + "think there should be, ask your clinician."));
            return;
        }
        answers = form.answers();
        buildSteps(form);
        // Not setBean: a bound bean takes no change while any changed field is invalid, so one mistyped
        // answer would silently hold back every answer typed after it. Each change writes what can be
        // written, and the messages come from one place (FieldErrors), not from the binder as well.
        binder.readBean(answers);
        binder.setValidationStatusHandler(status -> {});
        binder.addValueChangeListener(change -> saveDraft(change.getHasValue()));
        saveState.addClassName("mw-save-state");
        saveState.getElement().setAttribute("aria-live", "polite");
        saveState.setText(
                form.lastSaved() == null
                        ? "Your answers are saved as you go."
                        : "Draft saved " + time.dateTime(form.lastSaved()) + ".");

        progress.getElement().setAttribute("aria-label", "Intake progress");
        stepTitle.addClassName("mw-step-title");
        stepList.addClassName("mw-step-list");
        for (int i = 0; i < IntakeSections.STEPS.size(); i++) {
            int index = i;
            var jump = new Button(IntakeSections.STEPS.get(i), click -> showAndFocus(index));
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
        add(
                new H2("Your intake"),
                new Paragraph("Seven short steps. Take your time: you can stop at any point "
                        + "and come back later; your answers are kept."),
                stepTitle,
                progress,
                stepList,
                stepArea,
                navigation,
                saveState);
        show(0);
    }

    /** Where to get help now, after safety answers that say someone close may be hurting the client. */
    private Component safetyHelp() {
        safetyHelp = UrgentHelp.crisis(
                new H3("If you are not safe right now"),
                new Paragraph("Thank you for answering the safety questions. If you are in danger, or afraid of "
                        + "what might happen, please get help straight away."),
                UrgentHelp.note(),
                helplines());
        return safetyHelp;
    }

    private static Paragraph helplines() {
        return new Paragraph("You can also talk to a domestic abuse helpline in your country, free and in "
                + "confidence, any time of day.");
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
        stepTitle.setText("Step " + (current + 1) + " of " + steps.size() + ": " + IntakeSections.STEPS.get(current));
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
        Map<String, String> notSaved = fieldProblems();
        String changedLabel = changed instanceof HasLabel labelled ? labelled.getLabel() : null;
        try {
            DraftSave saved = intakes.saveDraft(answers);
            saved.notSaved().forEach(notSaved::putIfAbsent);
            Map<String, String> messages = new LinkedHashMap<>(notSaved);
            saved.overLimit().forEach(messages::putIfAbsent);
            errors.show(messages);
            saveState.setText(DraftStatus.after(
                    changedLabel == null ? "Draft saved" : "Saved: " + changedLabel,
                    changedLabel,
                    labelsOf(notSaved.keySet()),
                    labelsOf(saved.overLimit().keySet())));
        } catch (InvalidInputException closed) {
            // Submitted meanwhile (another tab or device): show what was submitted, read-only.
            Notification.show(closed.problems().values().iterator().next(), 6000, Notification.Position.TOP_CENTER);
            render(intakes.myIntake());
        } catch (RuntimeException unavailable) {
            errors.show(notSaved);
            saveState.setText("We couldn't save just now. Your answers are still here; we'll try again with "
                    + "your next change.");
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
                        .ifPresent(status ->
                                problems.put(property, status.getMessage().orElse("Check this answer"))));
        return problems;
    }

    private void submit() {
        try {
            // A value its field refuses never reached the answers: submitting would send the old one.
            Map<String, String> refusedByFields = fieldProblems();
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
                Notification.show(
                                "Thank you. Your intake has been sent to your clinician.",
                                6000,
                                Notification.Position.TOP_CENTER)
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
                    .map(i -> IntakeSections.STEPS.get(i))
                    .toList();
            Notification.show(
                            "A few answers need a look before you submit: " + String.join(", ", names) + ".",
                            8000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
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
                .ifPresentOrElse(field -> field.getElement().callJsFunction("focus"), () -> Focus.moveTo(stepTitle));
    }

    /** Binds a field to a property of the answers, on the given step, with its messages shown next to it. */
    private <F extends Component & HasValue<?, ?> & com.vaadin.flow.component.HasValidation> F field(
            int step, String property, F field) {
        // FieldErrors first: it clears a field's message on change, before the binder's listener saves
        // the draft and shows the messages that still apply.
        errors.bind(property, field);
        binder.bind((HasValue) field, property);
        stepOfProperty.put(property, step);
        labelOf.put(
                property,
                field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : property);
        if (field instanceof HasValueChangeMode lazy) {
            lazy.setValueChangeMode(ValueChangeMode.LAZY);
        }
        return field;
    }

    private static TextField text(String label, int maxLength) {
        var field = new TextField(label);
        TextLimits.limit(field, maxLength);
        return field;
    }

    private static TextArea area(String label, int maxLength) {
        var area = new TextArea(label);
        TextLimits.limit(area, maxLength);
        area.setWidthFull();
        return area;
    }

    private static <T extends Enum<T>> RadioButtonGroup<T> radios(
            String label, T[] values, java.util.function.Function<T, String> caption) {
        var group = new RadioButtonGroup<T>(label);
        group.setItems(values);
        group.setItemLabelGenerator(caption::apply);
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
        var dateOfBirth = new DatePicker("Date of birth");
        LocalDate latest = BirthDates.latest(clock);
        dateOfBirth.setMin(BirthDates.earliest(clock));
        dateOfBirth.setMax(latest);
        dateOfBirth.setInitialPosition(latest.minusYears(30));
        // Two-digit years are read as the last hundred years: 88 is 1988, 05 is 2005.
        dateOfBirth.setI18n(DatePickers.localiseForTyping(dateOfBirth)
                .setReferenceDate(latest.minusYears(50))
                .setMaxErrorMessage(BirthDates.IN_THE_FUTURE)
                .setMinErrorMessage(BirthDates.TOO_LONG_AGO));
        var timeZone = new ComboBox<String>("Time zone");
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        timeZone.setHelperText("Reminders and due dates follow this time zone");
        step(
                field(0, "preferredName", text("What should we call you?", 120)),
                field(0, "pronouns", text("Pronouns (optional)", 40)),
                field(0, "dateOfBirth", dateOfBirth),
                field(0, "phone", text("Phone", 40)),
                field(0, "timeZone", timeZone),
                field(
                        0,
                        "preferredContact",
                        radios("How should we contact you?", PreferredContact.values(), PreferredContact::label)));
        if (answers.getTimeZone() == null || answers.getTimeZone().isBlank()) {
            // The browser knows the client's time zone; offer it once the page is in the browser.
            // Vaadin 25 sends the details as the UI starts; refresh() only when it has placeholders (width -1).
            timeZone.addAttachListener(attach -> {
                var details = attach.getUI().getPage().getExtendedClientDetails();
                SerializableConsumer<ExtendedClientDetails> offer = known -> {
                    if (timeZone.isEmpty() && known.getTimeZoneId() != null) {
                        timeZone.setValue(known.getTimeZoneId());
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
                new Paragraph("Someone we may call if we are worried about your safety and cannot reach you."),
                field(1, "emergencyName", text("Their name", 120)),
                field(1, "emergencyRelationship", text("How you know them", 60)),
                field(1, "emergencyPhone", text("Their phone", 40)));

        // 3. What brings you here
        var partnerName = field(2, "partnerName", text("Your partner's name", 120));
        var workMode = field(2, "workMode", radios("Would you like to work", WorkMode.values(), WorkMode::label));
        workMode.addValueChangeListener(change -> partnerName.setVisible(change.getValue() == WorkMode.COUPLE));
        partnerName.setVisible(answers.getWorkMode() == WorkMode.COUPLE);
        var reason = field(2, "reason", area("What brings you here, in your own words?", 4000));
        step(reason, workMode, partnerName).setColspan(reason, 2);

        // 4. What happened to trust
        var breaches = new CheckboxGroup<TrustBreach>("What fits what happened? Tick all that apply.");
        breaches.setItems(TrustBreach.values());
        breaches.setItemLabelGenerator(TrustBreach::label);
        var other = field(3, "trustOther", area("Something else", 1000));
        var breachesField = field(3, "trustBreaches", breaches);
        step(breachesField, other).setColspan(breachesField, 2);

        // 5. Goals
        step(
                new Paragraph("Up to three things you'd like to be different, in your own words."),
                field(4, "goal1", area("Goal 1", 500)),
                field(4, "goal2", area("Goal 2 (optional)", 500)),
                field(4, "goal3", area("Goal 3 (optional)", 500)),
                field(4, "readiness", radios("How ready do you feel to start?", Readiness.values(), Readiness::label)));

        // 6. Safety (private)
        var privacy = new Paragraph("These questions are private: only you and your clinician will ever see your "
                + "answers, never a partner. Answer only what feels right; \"I'd rather not say\" is always fine. "
                + "They help your clinician make sure that working together is safe for you.");
        var help = new Div(new H3("If you need help now"), UrgentHelp.note(), helplines());
        help.addClassName("mw-crisis-box");
        step(
                privacy,
                help,
                field(
                        5,
                        "safetyAfraid",
                        radios(
                                "Are you afraid of your partner or someone close to you?",
                                SafetyAnswer.values(),
                                SafetyAnswer::label)),
                field(
                        5,
                        "safetyPhysical",
                        radios(
                                "Has anyone close to you hurt you physically, or threatened to?",
                                SafetyAnswer.values(),
                                SafetyAnswer::label)),
                field(
                        5,
                        "safetyEmotional",
                        radios(
                                "Has anyone close to you repeatedly belittled, frightened or " + "humiliated you?",
                                SafetyAnswer.values(),
                                SafetyAnswer::label)),
                field(
                        5,
                        "safetyControl",
                        radios(
                                "Does someone control your money, your phone, who you see or " + "where you go?",
                                SafetyAnswer.values(),
                                SafetyAnswer::label)),
                field(
                        5,
                        "safetyNotes",
                        area(
                                "Anything else you'd like your clinician to know about your safety " + "(optional)",
                                2000)));

        // 7. Consent
        var treatment = ScrollRegion.of(
                "Consent to treatment",
                new H3("Consent to treatment"),
                new Paragraph(form.consent().treatment()));
        var privacyText = ScrollRegion.of(
                "Privacy notice",
                new H3("Privacy notice"),
                new Paragraph(form.consent().privacy()));
        treatment.addClassName("mw-consent-text");
        privacyText.addClassName("mw-consent-text");
        var signature = field(6, "signatureName", text("Type your full name to sign", 120));
        signature.setHelperText("As your clinician has it: " + fullName);
        step(
                treatment,
                field(6, "consentTreatment", new Checkbox("I have read this and I agree")),
                privacyText,
                field(6, "consentPrivacy", new Checkbox("I have read the privacy notice and I agree")),
                signature);
    }
}
