package org.mendwell.homework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mendwell.homework.TemplateDetails.Question;

/**
 * A submission one partner chose to share with the other: the questions and answers they shared, read-only,
 * nothing else; never a safety question. The title and questions are in {@code language}.
 */
public record SharedSubmission(
        UUID submissionId,
        String partnerName,
        String title,
        String language,
        Instant submittedAt,
        List<Question> questions,
        Map<Integer, Answer> answers) {}
