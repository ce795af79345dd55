package org.mendwell.homework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;

/**
 * A clinician's own template as the form builder edits it: how it is filed and what the client sees.
 * Choices left empty on the form arrive as null and are refused with a message. Text is trimmed on
 * the way in, so the limits count what is stored. Problem keys are the property paths, for example
 * {@code questions[2].prompt}. The constraints' messages are bundle keys, worded in the clinician's language by the
 * portal's {@code InputValidator}.
 */
public record TemplateDraft(
        @NotBlank(message = "homework.editing.rule.title")
        @Size(max = 80, message = "homework.editing.rule.title-long:{max}")
        String title,

        @Size(max = 600, message = "homework.editing.rule.introduction-long:{max}")
        String introduction,

        @NotNull(message = "homework.editing.rule.theme") @Nullable
        Theme theme,

        @NotNull(message = "homework.editing.rule.audience") @Nullable
        Audience audience,

        boolean couplesExercise,

        @NotNull(message = "homework.editing.rule.minutes")
        @Min(value = 1, message = "homework.editing.rule.minutes-few")
        @Max(value = 240, message = "homework.editing.rule.minutes-many:{value}")
        @Nullable
        Integer minutes,

        @NotNull(message = "homework.editing.rule.schedule") @Nullable
        Schedule suggestedSchedule,

        @NotEmpty(message = "homework.editing.rule.no-questions")
        @Size(max = TemplateDraft.MAX_QUESTIONS, message = "homework.editing.rule.questions-many:{max}")
        List<@Valid Question> questions) {

    public static final int MAX_QUESTIONS = 30;

    public TemplateDraft {
        title = title.strip();
        introduction = introduction.strip();
        questions = List.copyOf(questions);
    }

    /**
     * One question. Only a scale uses the end labels, only a choice uses the options; the others keep
     * what was typed (the form may switch kinds back) but it is not published.
     */
    public record Question(
            @NotNull(message = "homework.editing.rule.kind") @Nullable
            QuestionKind kind,

            @NotBlank(message = "homework.editing.rule.prompt")
            @Size(max = 500, message = "homework.editing.rule.prompt-long:{max}")
            String prompt,

            boolean required,

            @Size(max = 80, message = "homework.editing.rule.label-long:{max}") @Nullable
            String lowLabel,

            @Size(max = 80, message = "homework.editing.rule.label-long:{max}") @Nullable
            String highLabel,

            List<String> options,

            boolean safety) {

        /** A question that is not a safety question. */
        public Question(
                @Nullable QuestionKind kind,
                String prompt,
                boolean required,
                @Nullable String lowLabel,
                @Nullable String highLabel,
                List<String> options) {
            this(kind, prompt, required, lowLabel, highLabel, options, false);
        }

        public Question {
            prompt = prompt.strip();
            lowLabel = blankToNull(lowLabel);
            highLabel = blankToNull(highLabel);
            // One option per line is how they are stored, so a line break inside one makes two.
            options = options.stream()
                    .flatMap(String::lines)
                    .map(String::strip)
                    .filter(o -> !o.isEmpty())
                    .toList();
        }

        private static @Nullable String blankToNull(@Nullable String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
