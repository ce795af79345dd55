package org.mendwell.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.homework.Answer;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseForm;
import org.mendwell.homework.MeasureScore;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.shared.DraftSave;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.ContentLanguage;
import org.mendwell.shared.ui.DraftStatus;
import org.mendwell.shared.ui.DraftStatusLine;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.shared.ui.UrgentHelp;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * One exercise as the client does it. Answers are kept as a draft a moment after each change, so a
 * closed tab or an ended session loses nothing; Submit checks the required questions and then the
 * answers are read-only, with the clinician's feedback and the client's replies below them.
 */
@Route("my/exercise")
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ExerciseView extends Main implements HasUrlParameter<String>, TranslatedTitle {

    private final CompletionService completion;
    private final PersonalTime time;
    private final List<QuestionFields.AnswerInput> inputs = new ArrayList<>();
    private final DraftStatusLine saveState = new DraftStatusLine();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private FieldErrors errors = new FieldErrors();
    private UUID occurrenceId = new UUID(0, 0);
    /** The crisis help on the page, when an answer asked for it. */
    private @Nullable Component crisis;
    /** What a submit produced: the score when there is one, else the line saying when it was submitted. */
    private @Nullable Component result;
    /** The conversation under a submitted exercise, newest last. */
    private @Nullable Component thread;

    ExerciseView(CompletionService completion, ViewerTime viewerTime) {
        this.completion = completion;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
        addClassName("mw-exercise");
        progress.getElement().setAttribute("aria-label", getTranslation("homework.exercise.progress.label"));
    }

    @Override
    public String titleKey() {
        return "homework.exercise.title";
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            occurrenceId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("Exercise"); // the same in every language: logged, never shown
        }
        render(completion.myExercise(occurrenceId));
    }

    private void render(ExerciseForm form) {
        removeAll();
        inputs.clear();
        errors = new FieldErrors();
        crisis = form.score() != null && form.score().riskAlert() ? crisisNotice(form.clinicianActive()) : null;
        if (crisis != null) {
            add(crisis); // first on the page, above the title, for a reader and a screen reader alike
        }
        var facts = facts(form);
        result = facts;
        thread = null;
        var title = new H2(form.title());
        ContentLanguage.mark(form.language(), getLocale(), title);
        add(new RouterLink(getTranslation("homework.exercise.back"), MyExercisesView.class), title, facts);
        if (form.instructions() != null) {
            var note = new Paragraph(getTranslation("homework.exercise.from-clinician", form.instructions()));
            note.addClassName("mw-exercise-note");
            add(note);
        }
        String pageLanguage = getLocale().getLanguage();
        if (form.measure() != null && !pageLanguage.equals(form.language())) {
            // A validated questionnaire is never translated by us: shown as published, with a word on why. One
            // given before the client changed language stays in the language it was given in: say so, and never
            // that the page's language has no validated translation when the library has one.
            var original = new Paragraph(getTranslation(
                    form.measureLanguages().contains(pageLanguage)
                            ? "homework.exercise.measure-as-given"
                            : "homework.exercise.measure-in-original",
                    form.measure().label(),
                    getTranslation(Language.nameKey(form.language()))));
            original.addClassName("mw-exercise-note");
            add(original);
        }
        var introduction = new Paragraph(form.introduction());
        ContentLanguage.mark(form.language(), getLocale(), introduction);
        add(introduction);
        if (form.score() != null) {
            result = score(form.score(), form.clinicianActive());
            add(result);
        }
        boolean answerable = form.answerable();
        if (!answerable && !form.submitted() && form.openReason() != null) {
            var closed = new Paragraph(form.openReason());
            closed.addClassName("mw-empty-state");
            add(closed);
        }
        if (answerable && form.questions().size() > 1) {
            var bar = new Div(progressText, progress);
            bar.addClassName("mw-progress");
            add(bar);
        }
        var questions = new Div();
        questions.addClassName("mw-exercise-questions");
        ContentLanguage.mark(form.language(), getLocale(), questions);
        for (var question : form.questions()) {
            var input = QuestionFields.input(question);
            input.show(form.answers().getOrDefault(question.position(), Answer.NONE));
            input.setReadOnly(!answerable);
            if (answerable) {
                errors.bind("q" + question.position(), input.validatable());
                input.addChangeListener(() -> saveDraft(input));
                input.keptInTab("exercise:" + occurrenceId + ":" + key(input), saveState);
            }
            inputs.add(input);
            questions.add(input.component());
        }
        add(questions);
        if (answerable) {
            saveState.setText(
                    form.lastSaved() == null
                            ? getTranslation("homework.exercise.saved-as-you-go")
                            : getTranslation("homework.exercise.draft-saved", time.dateTime(form.lastSaved())));
            var submit = new Button(getTranslation("homework.exercise.submit"), click -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var actions = new Div(submit, saveState);
            actions.addClassName("mw-exercise-actions");
            add(actions);
            updateProgress();
        }
        if (form.submitted()) {
            add(afterSubmission(form));
        }
    }

    private Component facts(ExerciseForm form) {
        String due = form.submitted()
                ? getTranslation("homework.exercise.submitted-at", time.dateTime(form.submittedAt()))
                : getTranslation("homework.exercise.due-by", time.day(form.dueDate()), time.time(form.dueTime()));
        var facts = new Paragraph(getTranslation("homework.exercise.facts", due, form.minutes()));
        facts.addClassName("mw-template-facts");
        return facts;
    }

    private Component score(MeasureScore score, boolean clinicianActive) {
        var section = new Section();
        section.addClassName("mw-score");
        section.add(new Paragraph(getTranslation(
                clinicianActive ? "homework.exercise.score.with-clinician" : "homework.exercise.score",
                score.total(),
                MeasureScore.maximum(score.measure()),
                getTranslation(score.severity().labelKey()))));
        return section;
    }

    /** Shown at once when an answer suggests thoughts of self-harm: where to get help now, in plain words. */
    private Component crisisNotice(boolean clinicianActive) {
        return UrgentHelp.crisis(
                getTranslation("homework.exercise.crisis.heading"),
                new Paragraph(getTranslation(
                        clinicianActive
                                ? "homework.exercise.crisis.clinician-told"
                                : "homework.exercise.crisis.practice-told")),
                UrgentHelp.note());
    }

    private Component afterSubmission(ExerciseForm form) {
        var section = new Section(new H3(getTranslation("homework.exercise.feedback.heading")));
        section.addClassName("mw-section");
        if (form.comments().isEmpty()) {
            section.add(new Paragraph(getTranslation("homework.exercise.feedback.none")));
        }
        thread = CommentThread.of(form.comments(), time);
        section.add(thread);
        var reply = new TextArea(getTranslation("homework.exercise.reply.label"));
        TextLimits.limit(reply, 2000);
        reply.setWidthFull();
        var replyErrors = new FieldErrors().bind("reply", reply);
        var send = new Button(getTranslation("homework.exercise.reply.send"), click -> {
            try {
                completion.reply(occurrenceId, reply.getValue());
                Notification.show(getTranslation("homework.exercise.reply.sent"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render(completion.myExercise(occurrenceId));
                focusNewestComment();
            } catch (InvalidInputException invalid) {
                replyErrors.show(invalid);
            }
        });
        section.add(reply, send);
        if (form.hasPartner()) {
            section.add(sharing(form));
        }
        return section;
    }

    /** Whether the partner may read this one, and which of its answers; the service never shows them a safety one. */
    private Component sharing(ExerciseForm form) {
        var share = new Checkbox(getTranslation("homework.exercise.share.label"), form.sharedWithPartner());
        share.setHelperText(getTranslation("homework.exercise.share.helper"));
        List<Question> shareable = form.shareableQuestions();
        var chosen = new CheckboxGroup<Question>(getTranslation("homework.exercise.share.answers"));
        chosen.setItems(shareable);
        chosen.setItemLabelGenerator(Question::prompt);
        chosen.setValue(shareable.stream()
                .filter(q -> !form.withheldFromPartner().contains(q.position()))
                .collect(Collectors.toSet()));
        chosen.setHelperText(getTranslation("homework.exercise.share.answers.helper"));
        chosen.setVisible(form.sharedWithPartner());
        var shareErrors = new FieldErrors().bind("share", chosen);
        share.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                completion.shareWithPartner(occurrenceId, change.getValue());
                chosen.setVisible(change.getValue());
                Notification.show(getTranslation(
                        change.getValue() ? "homework.exercise.share.on" : "homework.exercise.share.off"));
            }
        });
        // Saying so on the page rather than in a notification: several quick changes would stack notices over the list.
        var saved = new Span();
        saved.addClassName("mw-save-state");
        saved.getElement().setAttribute("role", "status");
        var puttingBack = new java.util.concurrent.atomic.AtomicBoolean();
        chosen.addValueChangeListener(change -> {
            if (puttingBack.get()) {
                return;
            }
            try {
                completion.withholdFromPartner(
                        occurrenceId,
                        shareable.stream()
                                .filter(q -> !change.getValue().contains(q))
                                .map(Question::position)
                                .collect(Collectors.toSet()));
                shareErrors.clear();
                int shown = change.getValue().size();
                saved.setText(getTranslation("homework.exercise.share.saved", shown));
            } catch (InvalidInputException invalid) {
                // The refused choice is not what is shared: the boxes go back to what is, with the reason beside them.
                puttingBack.set(true);
                try {
                    chosen.setValue(change.getOldValue());
                } finally {
                    puttingBack.set(false);
                }
                saved.setText("");
                shareErrors.show(invalid);
            }
        });
        var sharing = new Div(share, chosen, saved);
        sharing.addClassName("mw-sharing");
        return sharing;
    }

    /** After a reply, focus lands on it in the conversation: the button that sent it is gone with the old page. */
    private void focusNewestComment() {
        if (thread != null) {
            CommentThread.newest(thread).ifPresent(Focus::moveTo);
        }
    }

    private Map<Integer, Answer> answers() {
        var answers = new HashMap<Integer, Answer>();
        for (var input : inputs) {
            Answer answer = input.answer();
            if (!answer.isEmpty()) {
                answers.put(input.question().position(), answer);
            }
        }
        return answers;
    }

    private void updateProgress() {
        long answered =
                inputs.stream().filter(QuestionFields.AnswerInput::answered).count();
        progress.setMax(Math.max(1, inputs.size()));
        progress.setValue(answered);
        progressText.setText(getTranslation("homework.exercise.progress.answered", answered, inputs.size()));
    }

    /** Saves every answer as a draft and says which one was just kept, by its question, as the intake does. */
    private void saveDraft(QuestionFields.AnswerInput changed) {
        updateProgress();
        try {
            DraftSave saved = completion.saveDraft(occurrenceId, answers());
            errors.show(saved.messages());
            inputs.stream()
                    .filter(input -> !saved.notSaved().containsKey(key(input)))
                    .forEach(QuestionFields.AnswerInput::savedAsTyped);
            saveState.setText(DraftStatus.after(
                    getTranslation(
                            "homework.exercise.draft-saved-answer", questionName(changed), time.time(saved.savedAt())),
                    questionName(changed),
                    questionNames(input -> saved.notSaved().containsKey(key(input))),
                    questionNames(input -> saved.overLimit().containsKey(key(input)))));
        } catch (InvalidInputException closed) {
            // Submitted or paused meanwhile (another tab, or the clinician): show where it stands now.
            Notification.show(closed.problems().values().iterator().next(), 6000, Notification.Position.TOP_CENTER);
            render(completion.myExercise(occurrenceId));
        } catch (DataAccessException | TransactionException unavailable) {
            saveState.setText(getTranslation("homework.exercise.save-failed"));
        }
    }

    private static String key(QuestionFields.AnswerInput input) {
        return "q" + input.question().position();
    }

    /** The questions of the inputs that match, by their own words, in the order of the exercise. */
    private List<String> questionNames(java.util.function.Predicate<QuestionFields.AnswerInput> which) {
        return inputs.stream().filter(which).map(this::questionName).toList();
    }

    private void submit() {
        try {
            ExerciseForm submitted = completion.submit(occurrenceId, answers());
            render(submitted);
            if (crisis != null) {
                // The help thanks them itself; a notification at the top would cover it.
                UrgentHelp.bringToFront(crisis);
            } else {
                if (result != null) {
                    Focus.moveTo(result);
                }
                Notification.show(
                                submitted.clinicianActive()
                                        ? getTranslation("homework.exercise.submitted.clinician")
                                        : getTranslation("homework.exercise.submitted.kept"),
                                5000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (InvalidInputException invalid) {
            if (invalid.problems().containsKey("exercise")) {
                Notification.show(invalid.problems().get("exercise"), 6000, Notification.Position.TOP_CENTER);
                render(completion.myExercise(occurrenceId));
                return;
            }
            errors.show(invalid);
            // A text over its limit is kept in the draft; any other refused answer was not stored.
            List<String> refused = questionNames(input -> invalid.problems().containsKey(key(input))
                    && !input.answer().isEmpty()
                    && !input.overLimit());
            List<String> tooLong =
                    questionNames(input -> invalid.problems().containsKey(key(input)) && input.overLimit());
            saveState.setText(
                    refused.isEmpty() && tooLong.isEmpty()
                            ? getTranslation("homework.exercise.answer-marked")
                            : DraftStatus.after(
                                            getTranslation("homework.exercise.nothing-submitted"),
                                            null,
                                            refused,
                                            tooLong)
                                    + " " + getTranslation("homework.exercise.others-saved"));
            inputs.stream()
                    .filter(input -> invalid.problems()
                            .containsKey("q" + input.question().position()))
                    .findFirst()
                    .ifPresent(input -> Focus.field(input.component()));
        } catch (DataAccessException | TransactionException unavailable) {
            // The submit was rolled back with its transaction; the answers stay on screen for another try.
            saveState.setText(getTranslation("homework.exercise.submit-failed"));
            Notification.show(
                            getTranslation("homework.exercise.submit-failed.short"),
                            6000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** "question 3", for the line that names the answers not saved. */
    /**
     * A question as the client knows it: its own words, not its number, which the page does not show. A
     * prompt that names itself before a colon ("How I feel today: how are you feeling, in a few words?") is
     * called by that name; a longer one is shortened at a word to {@value #NAME_LENGTH} characters.
     */
    private String questionName(QuestionFields.AnswerInput input) {
        String prompt = input.question().prompt().strip();
        int colon = prompt.indexOf(':');
        if (colon > 0) {
            prompt = prompt.substring(0, colon).strip();
        }
        if (prompt.length() <= NAME_LENGTH) {
            return prompt;
        }
        int cut = prompt.lastIndexOf(' ', NAME_LENGTH);
        return getTranslation(
                "homework.exercise.question-name",
                prompt.substring(0, cut > 0 ? cut : NAME_LENGTH).strip());
    }

    private static final int NAME_LENGTH = 60;
}
