package org.mendwell.homework;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.shared.DraftSave;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.i18n.Messages;

/**
 * What makes an answer acceptable. A draft only has to fit (lengths, a scale within 0–10, options
 * that exist); a submission must also answer every required question. Problems are keyed
 * {@code "q" + position}, the key the client's form binds each field to.
 */
final class AnswerRules {

    static final int FREE_TEXT_LIMIT = 4000;
    static final int LOG_LIMIT = 500;

    private AnswerRules() {}

    static String key(int position) {
        return "q" + position;
    }

    /** @param messages words the refusals in the reader's language */
    static Map<String, String> problems(
            Messages messages, List<Question> questions, Map<Integer, Answer> answers, boolean complete) {
        var problems = new LinkedHashMap<String, String>();
        for (Integer position : answers.keySet()) {
            if (questions.stream().noneMatch(q -> q.position() == position)) {
                problems.put(key(position), messages.viewer("homework.rules.not-in-exercise"));
            }
        }
        for (Question question : questions) {
            Answer answer = answers.getOrDefault(question.position(), Answer.NONE);
            @Nullable
            String problem = answer.isEmpty()
                    ? (complete && question.required() ? messages.viewer("homework.rules.required") : null)
                    : problem(messages, question, answer);
            if (problem != null) {
                problems.put(key(question.position()), problem);
            }
        }
        return problems;
    }

    /**
     * The positions whose text answer is only too long (not over {@link DraftSave#OVERLONG_DRAFT_LIMIT}):
     * a draft keeps such an answer as typed, a submission refuses it.
     */
    static Set<Integer> overLimit(List<Question> questions, Map<Integer, Answer> answers) {
        Set<Integer> over = new HashSet<>();
        for (Question question : questions) {
            Answer answer = answers.getOrDefault(question.position(), Answer.NONE);
            Integer limit = textLimit(question);
            if (limit != null
                    && !answer.isEmpty()
                    && answer.scale() == null
                    && answer.choices().isEmpty()
                    && PlainText.problem(answer.text()) == null) {
                int length = PlainText.length(answer.text());
                if (length > limit && length <= DraftSave.OVERLONG_DRAFT_LIMIT) {
                    over.add(question.position());
                }
            }
        }
        return over;
    }

    private static @Nullable Integer textLimit(Question question) {
        return switch (question.kind()) {
            case FREE_TEXT -> FREE_TEXT_LIMIT;
            case DAILY_LOG -> LOG_LIMIT;
            default -> null;
        };
    }

    private static @Nullable String problem(Messages messages, Question question, Answer answer) {
        return switch (question.kind()) {
            case FREE_TEXT -> tooLong(messages, answer, FREE_TEXT_LIMIT);
            case DAILY_LOG -> tooLong(messages, answer, LOG_LIMIT);
            case SCALE ->
                answer.scale() == null || answer.scale() < 0 || answer.scale() > 10
                        ? messages.viewer("homework.rules.scale")
                        : null;
            case YES_NOT_YET_SPACE ->
                ExerciseTerms.YES_NOT_YET_SPACE.contains(answer.text())
                        ? null
                        : messages.viewer("homework.rules.yes-not-yet-space");
            case SINGLE_CHOICE ->
                question.options().contains(answer.text()) ? null : messages.viewer("homework.rules.single-choice");
            case MULTIPLE_CHOICE ->
                question.options().containsAll(answer.choices())
                                && new HashSet<>(answer.choices()).size()
                                        == answer.choices().size()
                                && answer.text() == null
                        ? null
                        : messages.viewer("homework.rules.multiple-choice");
        };
    }

    private static @Nullable String tooLong(Messages messages, Answer answer, int limit) {
        String unsavable = PlainText.problem(answer.text());
        if (unsavable != null) {
            return unsavable;
        }
        if (answer.scale() != null || !answer.choices().isEmpty()) {
            return messages.viewer("homework.rules.in-words");
        }
        int length = PlainText.length(answer.text());
        return length > limit ? PlainText.overLimit(limit, length) : null;
    }
}
