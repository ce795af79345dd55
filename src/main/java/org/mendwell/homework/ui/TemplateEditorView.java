package org.mendwell.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.homework.EditableTemplate;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.TemplateDraft;
import org.mendwell.homework.TemplateEditingService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * The form builder for a clinician's own exercises: filing, then the questions, each with what its
 * kind needs. The service judges the whole draft on save; its messages appear next to the fields,
 * and everything typed stays, also when the save is refused because someone saved in between.
 */
@Route("library/new")
@RouteAlias("library/edit/:templateId")
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class TemplateEditorView extends Main implements BeforeEnterObserver, TranslatedTitle {

    private static final Pattern QUESTION_KEY = Pattern.compile("questions\\[(\\d+)]\\.(\\w+)");

    private final TemplateEditingService editing;
    private final H2 heading = new H2(getTranslation("homework.library.new"));
    private final Paragraph versionNote = new Paragraph();
    private final TextField title = new TextField(getTranslation("homework.editor.title"));
    private final TextArea introduction = new TextArea(getTranslation("homework.editor.introduction"));
    private final Select<Theme> theme = new Select<>();
    private final Select<Audience> audience = new Select<>();
    private final Checkbox couplesExercise = new Checkbox(getTranslation("homework.editor.couples"));
    private final IntegerField minutes = new IntegerField(getTranslation("homework.editor.minutes"));
    private final RadioButtonGroup<Schedule> suggestedSchedule =
            new RadioButtonGroup<>(getTranslation("homework.editor.usually"));
    private final Div questionList = new Div();
    private final List<QuestionEditor> questions = new ArrayList<>();
    private final Button addQuestion =
            new Button(getTranslation("homework.editor.add-question"), VaadinIcon.PLUS.create());
    private final Paragraph conflict = new Paragraph();
    private final FieldErrors errors = new FieldErrors();
    private @Nullable UUID templateId;
    private long lockVersion;
    private int currentVersion;

    TemplateEditorView(TemplateEditingService editing) {
        this.editing = editing;
        addClassName("mw-page");
        addClassName("mw-template-editor");

        versionNote.addClassName("mw-template-facts");
        TextLimits.limit(title, 80);
        title.setRequiredIndicatorVisible(true);
        TextLimits.limit(introduction, 600);
        introduction.setHelperText(getTranslation("homework.editor.introduction.helper"));
        theme.setLabel(getTranslation("homework.library.theme"));
        // The standard-measure theme is kept for the validated questionnaires.
        theme.setItems(Arrays.stream(Theme.values())
                .filter(t -> t != Theme.WELLBEING_MEASURE)
                .toList());
        theme.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        audience.setLabel(getTranslation("homework.editor.suits"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        minutes.setMin(1);
        minutes.setMax(240);
        minutes.setStepButtonsVisible(true);
        suggestedSchedule.setItems(Schedule.values());
        suggestedSchedule.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        errors.bind("title", title)
                .bind("introduction", introduction)
                .bind("theme", theme)
                .bind("audience", audience)
                .bind("minutes", minutes)
                .bind("suggestedSchedule", suggestedSchedule);

        var filing = new FormLayout(title, introduction, theme, audience, minutes, suggestedSchedule, couplesExercise);
        filing.setColspan(title, 2);
        filing.setColspan(introduction, 2);
        filing.setColspan(couplesExercise, 2);

        questionList.addClassName("mw-question-list");
        addQuestion.addClickListener(click -> {
            append(new TemplateDraft.Question(QuestionKind.FREE_TEXT, "", true, null, null, List.of()));
            placeQuestions();
        });
        conflict.addClassName("mw-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        var save = new Button(getTranslation("homework.editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(
                save,
                new Button(getTranslation("homework.editor.preview"), click -> preview()),
                new RouterLink(getTranslation("homework.editor.back"), LibraryView.class));
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(heading, versionNote, filing, questionList, addQuestion, conflict, actions);
    }

    @Override
    public String titleKey() {
        return "homework.editor.page-title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = event.getRouteParameters().get("templateId");
        if (requested.isEmpty()) {
            fill(
                    null,
                    new TemplateDraft(
                            "",
                            "",
                            null,
                            null,
                            false,
                            10,
                            Schedule.ONCE,
                            List.of(new TemplateDraft.Question(
                                    QuestionKind.FREE_TEXT, "", true, null, null, List.of()))));
            return;
        }
        EditableTemplate template;
        try {
            template = editing.editable(UUID.fromString(requested.get()));
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("Exercise template"); // the same in every language: logged, never shown
        } catch (InvalidInputException builtIn) {
            Notification.show(String.join(" ", builtIn.problems().values()), 6000, Notification.Position.MIDDLE);
            event.forwardTo(LibraryView.class);
            return;
        }
        fill(template, template.draft());
    }

    private void fill(@Nullable EditableTemplate template, TemplateDraft draft) {
        templateId = template == null ? null : template.templateId();
        lockVersion = template == null ? 0 : template.lockVersion();
        currentVersion = template == null ? 0 : template.currentVersion();
        heading.setText(
                template == null
                        ? getTranslation("homework.library.new")
                        : getTranslation("homework.editor.edit-heading", draft.title()));
        versionNote.setText(
                template == null
                        ? getTranslation("homework.editor.version.new")
                        : getTranslation(
                                template.archived()
                                        ? "homework.editor.version.archived"
                                        : "homework.editor.version.current",
                                template.currentVersion()));
        title.setValue(draft.title());
        introduction.setValue(draft.introduction());
        theme.setValue(draft.theme());
        audience.setValue(draft.audience());
        couplesExercise.setValue(draft.couplesExercise());
        minutes.setValue(draft.minutes());
        suggestedSchedule.setValue(draft.suggestedSchedule());
        questions.clear();
        draft.questions().forEach(this::append);
        placeQuestions();
        errors.clear();
        conflict.setVisible(false);
    }

    private void append(TemplateDraft.Question question) {
        questions.add(new QuestionEditor(question, editor -> move(editor, -1), editor -> move(editor, 1), editor -> {
            questions.remove(editor);
            placeQuestions();
        }));
    }

    private void move(QuestionEditor editor, int by) {
        int from = questions.indexOf(editor);
        int to = from + by;
        if (to >= 0 && to < questions.size()) {
            questions.remove(from);
            questions.add(to, editor);
            placeQuestions();
        }
    }

    private void placeQuestions() {
        questionList.removeAll();
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).place(i, questions.size(), questions.size() > 1);
            questionList.add(questions.get(i));
        }
        addQuestion.setEnabled(questions.size() < TemplateDraft.MAX_QUESTIONS);
    }

    private TemplateDraft draft() {
        return new TemplateDraft(
                title.getValue(),
                introduction.getValue(),
                theme.getValue(),
                audience.getValue(),
                couplesExercise.getValue(),
                minutes.getValue(),
                suggestedSchedule.getValue(),
                questions.stream().map(QuestionEditor::value).toList());
    }

    private void save() {
        conflict.setVisible(false);
        try {
            TemplateDraft draft = draft();
            EditableTemplate saved =
                    templateId == null ? editing.create(draft) : editing.save(templateId, lockVersion, draft);
            String note = saved.currentVersion() == currentVersion
                    ? getTranslation(
                            "homework.editor.saved.unchanged", saved.draft().title(), currentVersion)
                    : getTranslation(
                            "homework.editor.saved.new-version", saved.draft().title(), saved.currentVersion());
            Notification.show(note, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(LibraryView.class));
        } catch (InvalidInputException invalid) {
            showProblems(invalid.problems());
        }
    }

    /** Splits a refusal between the filing fields, each question, and the conflict notice. */
    private void showProblems(Map<String, String> problems) {
        Map<String, String> filing = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> byQuestion = new HashMap<>();
        problems.forEach((key, message) -> {
            Matcher question = QUESTION_KEY.matcher(key);
            if (question.matches()) {
                byQuestion
                        .computeIfAbsent(Integer.parseInt(question.group(1)), i -> new LinkedHashMap<>())
                        .put(question.group(2), message);
            } else if (key.equals("lockVersion")) {
                conflict.setText(message);
                conflict.setVisible(true);
            } else {
                filing.put(key, message);
            }
        });
        errors.show(new InvalidInputException(filing));
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).show(byQuestion.getOrDefault(i, Map.of()));
        }
    }

    private void preview() {
        TemplateDraft draft = draft();
        new TemplatePreview(
                        draft.title().isEmpty() ? getTranslation("homework.editor.untitled") : draft.title(),
                        TemplatePreview.facts(
                                draft.theme(),
                                draft.audience(),
                                draft.minutes(),
                                draft.suggestedSchedule(),
                                draft.couplesExercise()),
                        draft.introduction(),
                        IntStream.range(0, questions.size())
                                .mapToObj(i -> questions.get(i).preview(i))
                                .toList())
                .open();
    }
}
