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
 * {@code questions[2].prompt}.
 */
public record TemplateDraft(
        @NotBlank(message = "Give the exercise a title") @Size(max = 80, message = "A title has at most 80 characters")
        String title,

        @Size(max = 600, message = "Keep the introduction under 600 characters")
        String introduction,

        @NotNull(message = "Choose the theme this exercise works on") @Nullable
        Theme theme,

        @NotNull(message = "Choose whom it suits") @Nullable Audience audience,

        boolean couplesExercise,

        @NotNull(message = "Say about how many minutes it takes")
        @Min(value = 1, message = "It takes at least a minute")
        @Max(value = 240, message = "Keep it under 240 minutes; split longer work into several exercises")
        @Nullable
        Integer minutes,

        @NotNull(message = "Choose how often it is usually given") @Nullable
        Schedule suggestedSchedule,

        @NotEmpty(message = "Add at least one question")
        @Size(max = TemplateDraft.MAX_QUESTIONS, message = "An exercise has at most 30 questions")
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
            @NotNull(message = "Choose how the client answers") @Nullable
            QuestionKind kind,

            @NotBlank(message = "Write the question")
            @Size(max = 500, message = "Keep the question under 500 characters")
            String prompt,

            boolean required,

            @Size(max = 80, message = "Keep the label under 80 characters") @Nullable
            String lowLabel,

            @Size(max = 80, message = "Keep the label under 80 characters") @Nullable
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
