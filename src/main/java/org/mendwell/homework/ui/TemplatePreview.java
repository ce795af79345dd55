package org.mendwell.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.TemplateDetails;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.shared.ui.ScrollRegion;

/** A template as the client will see it, read-only; the library and the editor both open it. */
class TemplatePreview extends Dialog {

    TemplatePreview(String title, String facts, String introduction, List<TemplateDetails.Question> questions) {
        super(title);
        setWidth("min(48rem, 100vw)");
        var factLine = new Paragraph(facts);
        factLine.addClassName("mw-template-facts");
        var fields = new Div();
        fields.addClassName("mw-template-questions");
        questions.forEach(question -> fields.add(QuestionFields.field(question, true)));
        // The questions scroll in a region of their own: read-only fields take no focus, so the dialog's
        // scrolling content would have no tab stop.
        var body = ScrollRegion.of(
                Words.text("homework.preview.region", title), factLine, new Paragraph(introduction), fields);
        body.addClassName("mw-template-preview");
        add(body);
        getFooter().add(new Button(getTranslation("homework.preview.close"), click -> close()));
    }

    static TemplatePreview of(TemplateDetails template) {
        TemplateSummary s = template.summary();
        return new TemplatePreview(
                s.title(),
                facts(s.theme(), s.audience(), s.minutes(), s.suggestedSchedule(), s.couplesExercise()),
                template.introduction(),
                template.questions());
    }

    /** How the template is filed, in one line; the editor may not have every part chosen yet. */
    static String facts(
            @Nullable Theme theme,
            @Nullable Audience audience,
            @Nullable Integer minutes,
            @Nullable Schedule schedule,
            boolean couplesExercise) {
        List<String> parts = new ArrayList<>();
        if (theme != null) {
            parts.add(Words.text(theme.labelKey()));
        }
        if (audience != null) {
            parts.add(Words.text(audience.labelKey()));
        }
        if (minutes != null) {
            parts.add(Words.text("homework.preview.minutes", minutes));
        }
        if (schedule != null) {
            parts.add(Words.text("homework.preview.usually." + schedule.name().toLowerCase(Locale.ROOT)));
        }
        if (couplesExercise) {
            parts.add(Words.text("homework.preview.couples-work"));
        }
        return String.join(" · ", parts);
    }
}
