package org.mendwell.homework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mendwell.homework.TemplateDetails.Question;

/**
 * One submission as the clinician reads it: the questions and this time's answers, beside the answers
 * the client gave the same exercise on earlier occasions (newest first), and the conversation so far.
 *
 * @param titleLanguage the ISO 639-1 code of the language of the summary's title: the reader's where the exercise is
 *     named in it ({@link ExerciseNames}), else the version's
 * @param language the ISO 639-1 code of the language of the version given: its introduction and questions
 */
public record SubmissionReview(
        SubmissionSummary summary,
        String clientName,
        String titleLanguage,
        String language,
        String introduction,
        List<Question> questions,
        Map<Integer, Answer> answers,
        List<Earlier> earlier,
        List<Comment> comments) {

    /** An earlier submission of the same recurring exercise. */
    public record Earlier(Instant submittedAt, Map<Integer, Answer> answers) {}
}
