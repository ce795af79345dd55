package org.mendwell.support;

import java.util.List;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.TemplateDraft;

/** Drafts of clinicians' own exercise templates for tests. */
public final class TemplateFixtures {

    private TemplateFixtures() {}

    public static TemplateDraft.Question freeText(String prompt) {
        return new TemplateDraft.Question(QuestionKind.FREE_TEXT, prompt, true, null, null, List.of());
    }

    public static TemplateDraft.Question scale(String prompt, String low, String high) {
        return new TemplateDraft.Question(QuestionKind.SCALE, prompt, true, low, high, List.of());
    }

    public static TemplateDraft.Question choice(String prompt, String... options) {
        return new TemplateDraft.Question(QuestionKind.SINGLE_CHOICE, prompt, false, null, null, List.of(options));
    }

    /** A weekly individual exercise on boundaries with the given questions. */
    public static TemplateDraft draft(String title, TemplateDraft.Question... questions) {
        return new TemplateDraft(
                title,
                "A few minutes on your own, somewhere quiet.",
                Theme.BOUNDARIES,
                Audience.EITHER,
                false,
                10,
                Schedule.WEEKLY,
                List.of(questions));
    }

    /** The smallest valid exercise: one free-text question. */
    public static TemplateDraft oneQuestion(String title) {
        return draft(title, freeText("Where are you now?"));
    }
}
