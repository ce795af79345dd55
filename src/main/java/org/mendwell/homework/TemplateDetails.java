package org.mendwell.homework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A template's current version as a client will see it, with how it is filed. */
public record TemplateDetails(TemplateSummary summary, String introduction, List<Question> questions) {

    /** @param safety a safety question: never shown to a partner, whatever the client shares */
    public record Question(
            int position,
            ExerciseTerms.QuestionKind kind,
            String prompt,
            boolean required,
            @Nullable String lowLabel,
            @Nullable String highLabel,
            List<String> options,
            boolean safety) {}
}
