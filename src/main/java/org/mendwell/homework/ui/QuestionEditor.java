package org.mendwell.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.TemplateDetails;
import org.mendwell.homework.TemplateDraft;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;

/**
 * One question in the form builder. Fields a kind does not use are hidden, not cleared, so switching
 * kinds back and forth loses nothing; the service publishes only what the kind uses.
 */
class QuestionEditor extends Section {

    private final H3 heading = new H3();
    private final Select<QuestionKind> kind = new Select<>();
    private final TextArea prompt = new TextArea(getTranslation("homework.editor.question.prompt"));
    private final Checkbox required = new Checkbox(getTranslation("homework.editor.question.required"), true);
    private final Checkbox safety = new Checkbox(getTranslation("homework.editor.question.safety"));
    private final TextField lowLabel = new TextField(getTranslation("homework.editor.question.low"));
    private final TextField highLabel = new TextField(getTranslation("homework.editor.question.high"));
    private final TextArea options = new TextArea(getTranslation("homework.editor.question.options"));
    private final Button up = new Button(getTranslation("homework.editor.question.up"), VaadinIcon.ARROW_UP.create());
    private final Button down =
            new Button(getTranslation("homework.editor.question.down"), VaadinIcon.ARROW_DOWN.create());
    private final Button remove =
            new Button(getTranslation("homework.editor.question.remove"), VaadinIcon.TRASH.create());
    private final FieldErrors errors = new FieldErrors();

    QuestionEditor(
            TemplateDraft.Question question,
            Consumer<QuestionEditor> moveUp,
            Consumer<QuestionEditor> moveDown,
            Consumer<QuestionEditor> removal) {
        addClassName("mw-question-editor");
        kind.setLabel(getTranslation("homework.editor.question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(question.kind() == null ? QuestionKind.FREE_TEXT : question.kind());
        kind.addValueChangeListener(change -> showKindFields());
        prompt.setValue(question.prompt());
        TextLimits.limit(prompt, 500);
        prompt.setWidthFull();
        required.setValue(question.required());
        safety.setValue(question.safety());
        safety.setHelperText(getTranslation("homework.editor.question.safety.helper"));
        lowLabel.setValue(Objects.requireNonNullElse(question.lowLabel(), ""));
        TextLimits.limit(lowLabel, 80);
        highLabel.setValue(Objects.requireNonNullElse(question.highLabel(), ""));
        TextLimits.limit(highLabel, 80);
        options.setValue(String.join("\n", question.options()));
        options.setHelperText(getTranslation("homework.editor.question.options.helper"));
        options.setWidthFull();
        errors.bind("kind", kind)
                .bind("prompt", prompt)
                .bind("lowLabel", lowLabel)
                .bind("highLabel", highLabel)
                .bind("options", options);

        up.addClickListener(click -> moveUp.accept(this));
        down.addClickListener(click -> moveDown.accept(this));
        remove.addClickListener(click -> removal.accept(this));
        for (Button button : new Button[] {up, down, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        var actions = new HorizontalLayout(up, down, remove);
        actions.setWrap(true);
        actions.addClassName("mw-question-actions");
        var labels = new HorizontalLayout(lowLabel, highLabel);
        labels.setWrap(true);
        labels.addClassName("mw-scale-labels");
        add(heading, kind, prompt, required, safety, labels, options, actions);
        showKindFields();
    }

    /** The place in the list decides the heading, the buttons' names and which moves make sense. */
    void place(int index, int count, boolean canRemove) {
        heading.setText(getTranslation("homework.editor.question.heading", index + 1));
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
        remove.setEnabled(canRemove);
        up.setAriaLabel(getTranslation("homework.editor.question.up.label", index + 1));
        down.setAriaLabel(getTranslation("homework.editor.question.down.label", index + 1));
        remove.setAriaLabel(getTranslation("homework.editor.question.remove.label", index + 1));
    }

    TemplateDraft.Question value() {
        return new TemplateDraft.Question(
                kind.getValue(),
                prompt.getValue(),
                required.getValue(),
                lowLabel.getValue(),
                highLabel.getValue(),
                options.getValue().lines().toList(),
                safety.getValue());
    }

    /** As the client will see it; what the kind does not use is left out, as when it is published. */
    TemplateDetails.Question preview(int position) {
        var q = value();
        QuestionKind k = Objects.requireNonNullElse(q.kind(), QuestionKind.FREE_TEXT);
        return new TemplateDetails.Question(
                position,
                k,
                q.prompt(),
                q.required(),
                Objects.requireNonNullElse(q.lowLabel(), ""),
                Objects.requireNonNullElse(q.highLabel(), ""),
                k.hasOptions() ? q.options() : List.of(),
                q.safety());
    }

    /** This question's share of a refusal, keyed by property ("prompt", "options", …). */
    void show(Map<String, String> problems) {
        errors.show(new InvalidInputException(problems));
    }

    private void showKindFields() {
        QuestionKind chosen = kind.getValue();
        lowLabel.setVisible(chosen != null && chosen.hasEndLabels());
        highLabel.setVisible(chosen != null && chosen.hasEndLabels());
        options.setVisible(chosen != null && chosen.hasOptions());
    }
}
