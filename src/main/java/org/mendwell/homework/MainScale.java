package org.mendwell.homework;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.QuestionKind;

/**
 * A client's "main scale", the figure the caseload shows for each client: their answer to the
 * "Trust" scale of the built-in daily check-in, in any of its versions. Submitting a check-in keeps
 * that answer on the submission ({@code submission.main_scale}) so the caseload reads it without
 * joining answers and questions (docs/design-decisions/2026-11-24-main-scale-on-submission.md).
 * This is the one definition; the generator uses it, and the V13 backfill repeats it in SQL.
 */
public final class MainScale {

    /** The built-in daily check-in's template key. */
    public static final String TEMPLATE_KEY = "daily-check-in";

    /** How the main scale's prompt starts ("Trust: how much do you trust your partner today?"). */
    public static final String PROMPT_PREFIX = "Trust:";

    /** How it starts in the Spanish check-in (built-in-library_es.json): the same scale in the client's language. */
    public static final String SPANISH_PROMPT_PREFIX = "Confianza:";

    private MainScale() {}

    /** Whether a question of a template with this key is the main scale. */
    public static boolean is(@Nullable String templateKey, QuestionKind kind, @Nullable String prompt) {
        return TEMPLATE_KEY.equals(templateKey)
                && kind == QuestionKind.SCALE
                && prompt != null
                && (prompt.startsWith(PROMPT_PREFIX) || prompt.startsWith(SPANISH_PROMPT_PREFIX));
    }

    /** The main scale's value among a submission's answers (by question position), or null when there is none. */
    static @Nullable Integer in(ExerciseContent.Version version, Map<Integer, Answer> answers) {
        return version.questions().stream()
                .filter(q -> is(version.key(), q.getKind(), q.getPrompt()))
                .map(q -> answers.getOrDefault(q.getPosition(), Answer.NONE).scale())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
