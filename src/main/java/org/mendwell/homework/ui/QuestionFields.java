package org.mendwell.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.mendwell.homework.TemplateDetails.Question;

/** The field a client answers a question with, by its kind; the preview shows them read-only. */
final class QuestionFields {

    static final List<String> YES_NOT_YET_SPACE = List.of("Yes", "Not yet", "I need space");

    private QuestionFields() {
    }

    static Component field(Question question, boolean readOnly) {
        String label = question.prompt() + (question.required() ? "" : " (optional)");
        Component field = switch (question.kind()) {
            case FREE_TEXT -> {
                var area = new TextArea(label);
                area.setMaxLength(4000);
                area.setWidthFull();
                yield area;
            }
            case DAILY_LOG -> {
                var entry = new TextField(label);
                entry.setMaxLength(500);
                entry.setWidthFull();
                yield entry;
            }
            case SCALE -> scale(question, label);
            case YES_NOT_YET_SPACE -> radios(label, YES_NOT_YET_SPACE);
            case SINGLE_CHOICE -> radios(label, question.options());
            case MULTIPLE_CHOICE -> {
                var group = new CheckboxGroup<String>(label);
                group.setItems(question.options());
                yield group;
            }
        };
        if (field instanceof HasValue<?, ?> value) {
            value.setReadOnly(readOnly);
        }
        return field;
    }

    private static Component scale(Question question, String label) {
        var group = new RadioButtonGroup<Integer>(label);
        group.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        group.addClassName("mw-scale");
        var ends = new Div(new Span("0 = " + question.lowLabel()), new Span("10 = " + question.highLabel()));
        ends.addClassName("mw-scale-ends");
        group.setHelperComponent(ends);
        return group;
    }

    private static RadioButtonGroup<String> radios(String label, List<String> options) {
        var group = new RadioButtonGroup<String>(label);
        group.setItems(options);
        return group;
    }
}
