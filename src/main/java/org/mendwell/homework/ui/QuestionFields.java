package org.mendwell.homework.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mendwell.homework.Answer;
import org.mendwell.homework.ExerciseTerms;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.shared.ui.DraftStatusLine;
import org.mendwell.shared.ui.SavedWhileTyping;
import org.mendwell.shared.ui.TextLimits;

/** The field a client answers a question with, by its kind; the preview shows them read-only. */
final class QuestionFields {

    private QuestionFields() {}

    static Component field(Question question, boolean readOnly) {
        var input = input(question);
        input.setReadOnly(readOnly);
        return input.component();
    }

    /** A question's field together with the conversion between what it holds and an {@link Answer}. */
    static AnswerInput input(Question question) {
        // A question still without words (in the editor's preview) is named all the same: a field with an empty
        // label has its label hidden, and nothing names it to a screen reader (axe: label).
        String prompt =
                question.prompt().isBlank() ? Words.text("homework.question.no-wording-yet") : question.prompt();
        String label = question.required() ? prompt : Words.text("homework.question.optional", prompt);
        return switch (question.kind()) {
            case FREE_TEXT -> {
                var area = new TextArea(label);
                TextLimits.limit(area, 4000);
                area.setWidthFull();
                SavedWhileTyping.field(area);
                yield new AnswerInput(question, area);
            }
            case DAILY_LOG -> {
                var entry = new TextField(label);
                TextLimits.limit(entry, 500);
                entry.setWidthFull();
                SavedWhileTyping.field(entry);
                yield new AnswerInput(question, entry);
            }
            case SCALE -> new AnswerInput(question, scale(question, label));
            case YES_NOT_YET_SPACE -> {
                var group = radios(label, ExerciseTerms.YES_NOT_YET_SPACE);
                group.setItemLabelGenerator(Words::yesNotYetSpace); // stored in English, read in the page's language
                yield new AnswerInput(question, group);
            }
            case SINGLE_CHOICE -> new AnswerInput(question, radios(label, question.options()));
            case MULTIPLE_CHOICE -> {
                var group = new CheckboxGroup<String>(label);
                group.setItems(question.options());
                yield new AnswerInput(question, group);
            }
        };
    }

    private static RadioButtonGroup<Integer> scale(Question question, String label) {
        var group = new RadioButtonGroup<Integer>(label);
        group.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        group.addClassName("mw-scale");
        var ends = new Div(
                new Span(Words.text("homework.question.scale-end", 0, question.lowLabel())),
                new Span(Words.text("homework.question.scale-end", 10, question.highLabel())));
        ends.addClassName("mw-scale-ends");
        group.setHelperComponent(ends);
        return group;
    }

    private static RadioButtonGroup<String> radios(String label, List<String> options) {
        var group = new RadioButtonGroup<String>(label);
        group.setItems(options);
        return group;
    }

    /**
     * One question's field. The kinds use four Vaadin fields; this is the one place that knows which
     * holds what, so the exercise page can read and fill them without asking.
     */
    static final class AnswerInput {

        private final Question question;
        private final AbstractField<?, ?> field;

        private AnswerInput(Question question, AbstractField<?, ?> field) {
            this.question = question;
            this.field = field;
        }

        Question question() {
            return question;
        }

        Component component() {
            return field;
        }

        /** The field, for showing a validation message next to it. */
        <F extends HasValidation & HasValue<?, ?>> F validatable() {
            @SuppressWarnings("unchecked")
            F validatable = (F) field;
            return validatable;
        }

        /** Whether the answer is text over its limit: kept in the draft, but not an answer until shortened. */
        boolean overLimit() {
            return TextLimits.overLimit(field);
        }

        /** Whether this counts as answered: something chosen or typed, within its limit. */
        boolean answered() {
            return !answer().isEmpty() && !overLimit();
        }

        /**
         * A typed answer keeps a copy in the tab until the server has saved it, and is put back from it when the page
         * opens again after a lost connection or session ({@link SavedWhileTyping#keptInTab}); a choice has no words
         * to lose.
         */
        void keptInTab(String formField, DraftStatusLine status) {
            if (field instanceof TextArea area) {
                SavedWhileTyping.keptInTab(area, formField, status);
            } else if (field instanceof TextField entry) {
                SavedWhileTyping.keptInTab(entry, formField, status);
            }
        }

        /** After a save that kept this answer: the tab's copy of a typed one may go. */
        void savedAsTyped() {
            if (field instanceof TextArea || field instanceof TextField) {
                @SuppressWarnings("unchecked")
                String text = ((HasValue<?, String>) field).getValue();
                SavedWhileTyping.savedAs(field, text);
            }
        }

        void setReadOnly(boolean readOnly) {
            field.setReadOnly(readOnly);
        }

        /** Listens from now on; fill the field with {@link #show} first, so that filling it is not a change. */
        void addChangeListener(Runnable listener) {
            field.addValueChangeListener(change -> listener.run());
        }

        @SuppressWarnings("unchecked")
        Answer answer() {
            return switch (question.kind()) {
                case FREE_TEXT, DAILY_LOG, YES_NOT_YET_SPACE, SINGLE_CHOICE -> {
                    String text = ((HasValue<?, String>) field).getValue();
                    yield text == null || text.isBlank() ? Answer.NONE : Answer.text(text);
                }
                case SCALE -> {
                    Integer value = ((HasValue<?, Integer>) field).getValue();
                    yield value == null ? Answer.NONE : Answer.scale(value);
                }
                case MULTIPLE_CHOICE -> {
                    // Keep the options' own order, whatever order they were ticked in.
                    var chosen = ((CheckboxGroup<String>) field).getValue();
                    var ordered = new ArrayList<>(question.options());
                    ordered.retainAll(chosen);
                    yield ordered.isEmpty() ? Answer.NONE : Answer.choices(ordered);
                }
            };
        }

        @SuppressWarnings("unchecked")
        void show(Answer answer) {
            switch (question.kind()) {
                case FREE_TEXT, DAILY_LOG ->
                    ((HasValue<?, String>) field).setValue(answer.text() == null ? "" : answer.text());
                case YES_NOT_YET_SPACE, SINGLE_CHOICE -> ((HasValue<?, String>) field).setValue(answer.text());
                case SCALE -> ((HasValue<?, Integer>) field).setValue(answer.scale());
                case MULTIPLE_CHOICE ->
                    ((CheckboxGroup<String>) field).setValue(new java.util.LinkedHashSet<>(answer.choices()));
            }
        }
    }
}
