package org.mendwell.homework;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.homework.domain.ExerciseQuestion;
import org.mendwell.homework.domain.ExerciseQuestionRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.ExerciseTemplateVersionRepository;
import org.mendwell.homework.domain.SubmissionAnswer;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * The questions of one template version, as an assignment was given them, and the translation
 * between stored answer rows and {@link Answer}s. Callers have already checked who may read them.
 */
@Component
class ExerciseContent {

    private final ExerciseTemplateRepository templates;
    private final ExerciseTemplateVersionRepository versions;
    private final ExerciseQuestionRepository questions;

    ExerciseContent(
            ExerciseTemplateRepository templates,
            ExerciseTemplateVersionRepository versions,
            ExerciseQuestionRepository questions) {
        this.templates = templates;
        this.versions = versions;
        this.questions = questions;
    }

    /**
     * The languages a template has a version in (ISO 639-1 codes): for a built-in measure, English and the
     * validated translations the library gives.
     */
    Set<String> languagesOf(UUID templateId) {
        return Arrays.stream(Language.values())
                .map(Language::code)
                .filter(code -> versions.findFirstByTemplateIdAndLanguageOrderByNumberDesc(templateId, code)
                        .isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** One version's content; {@code key} is the built-in template's key (null for a clinician's own). */
    record Version(
            @Nullable String key,
            String title,
            String introduction,
            int minutes,
            @Nullable Measure measure,
            List<ExerciseQuestion> questions,
            String language) {

        List<Question> publicQuestions() {
            return questions.stream().map(ExerciseContent::toQuestion).toList();
        }

        Map<Integer, ExerciseQuestion> byPosition() {
            return questions.stream().collect(Collectors.toMap(ExerciseQuestion::getPosition, Function.identity()));
        }
    }

    Version of(UUID templateId, int number) {
        var template = templates.findById(templateId).orElseThrow(() -> new RecordNotFoundException("Exercise"));
        var version = versions.findByTemplateIdAndNumber(templateId, number)
                .orElseThrow(() -> new RecordNotFoundException("Exercise version"));
        return new Version(
                template.getKey(),
                version.getTitle(),
                version.getIntroduction(),
                template.getMinutes(),
                template.getMeasure(),
                questions.findByTemplateVersionIdOrderByPosition(version.getId()),
                version.getLanguage());
    }

    static Question toQuestion(ExerciseQuestion q) {
        return new Question(
                q.getPosition(),
                q.getKind(),
                q.getPrompt(),
                q.isRequired(),
                q.getLowLabel(),
                q.getHighLabel(),
                q.getOptions(),
                q.isSafety());
    }

    /** Stored rows as answers by position; several chosen options are stored one per line. */
    static Map<Integer, Answer> answers(List<SubmissionAnswer> stored, Map<Integer, ExerciseQuestion> byPosition) {
        return stored.stream().collect(Collectors.toMap(SubmissionAnswer::getPosition, row -> {
            ExerciseQuestion question = byPosition.get(row.getPosition());
            if (row.getScaleValue() != null) {
                return Answer.scale(row.getScaleValue());
            }
            if (question != null && question.getKind() == QuestionKind.MULTIPLE_CHOICE && row.getTextValue() != null) {
                return Answer.choices(List.of(row.getTextValue().split("\n")));
            }
            // Only a draft has over-limit text, and only its client reads a draft.
            return Answer.text(row.getOverlongText() != null ? row.getOverlongText() : row.getTextValue());
        }));
    }

    /** What goes into the text column for an answer: its text, or its chosen options one per line. */
    static @Nullable String storedText(Answer answer) {
        if (!answer.choices().isEmpty()) {
            return String.join("\n", answer.choices());
        }
        return answer.text() == null || answer.text().isBlank()
                ? null
                : answer.text().strip();
    }
}
