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

    static Map<String, String> problems(List<Question> questions, Map<Integer, Answer> answers, boolean complete) {
        var problems = new LinkedHashMap<String, String>();
        for (Integer position : answers.keySet()) {
            if (questions.stream().noneMatch(q -> q.position() == position)) {
                problems.put(key(position), "This question is not part of the exercise");
            }
        }
        for (Question question : questions) {
            Answer answer = answers.getOrDefault(question.position(), Answer.NONE);
            @Nullable
            String problem = answer.isEmpty()
                    ? (complete && question.required() ? "Please answer this question" : null)
                    : problem(question, answer);
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
                int length = answer.text().strip().length();
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

    private static @Nullable String problem(Question question, Answer answer) {
        return switch (question.kind()) {
            case FREE_TEXT -> tooLong(answer, FREE_TEXT_LIMIT);
            case DAILY_LOG -> tooLong(answer, LOG_LIMIT);
            case SCALE ->
                answer.scale() == null || answer.scale() < 0 || answer.scale() > 10
                        ? "Choose a number from 0 to 10"
                        : null;
            case YES_NOT_YET_SPACE ->
                ExerciseTerms.YES_NOT_YET_SPACE.contains(answer.text())
                        ? null
                        : "Choose one of: " + String.join(", ", ExerciseTerms.YES_NOT_YET_SPACE);
            case SINGLE_CHOICE -> question.options().contains(answer.text()) ? null : "Choose one of the options";
            case MULTIPLE_CHOICE ->
                question.options().containsAll(answer.choices())
                                && new HashSet<>(answer.choices()).size()
                                        == answer.choices().size()
                                && answer.text() == null
                        ? null
                        : "Choose from the options shown";
        };
    }

    private static @Nullable String tooLong(Answer answer, int limit) {
        String unsavable = PlainText.problem(answer.text());
        if (unsavable != null) {
            return unsavable;
        }
        if (answer.scale() != null || !answer.choices().isEmpty()) {
            return "Type your answer in words";
        }
        int length = answer.text() == null ? 0 : answer.text().strip().length();
        return length > limit ? PlainText.overLimit(limit, length) : null;
    }
}
