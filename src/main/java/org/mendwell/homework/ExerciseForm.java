package org.mendwell.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.TemplateDetails.Question;

/**
 * One due exercise as the client opens it: the questions of the version they were given, their
 * answers so far (the draft, or what they submitted), and the conversation with their clinician.
 *
 * @param answers              by question position
 * @param openReason           why the exercise cannot be answered now, or null when it can
 * @param withheldFromPartner  positions of the answers the client leaves out when sharing with their partner
 * @param clinicianActive      whether the client's clinician can be told anything now: pages promise no one else
 * @param measure              the validated questionnaire this is, or null
 * @param language             the ISO 639-1 code of the language the version given is written in
 * @param measureLanguages     for a validated questionnaire, the languages the library has it in (English and
 *                             its validated translations); empty for any other exercise
 */
public record ExerciseForm(
        UUID occurrenceId,
        String title,
        String introduction,
        @Nullable String instructions,
        int minutes,
        LocalDate dueDate,
        LocalTime dueTime,
        List<Question> questions,
        Map<Integer, Answer> answers,
        @Nullable Instant lastSaved,
        @Nullable Instant submittedAt,
        @Nullable String openReason,
        boolean hasPartner,
        boolean sharedWithPartner,
        Set<Integer> withheldFromPartner,
        @Nullable MeasureScore score,
        List<Comment> comments,
        boolean clinicianActive,
        @Nullable Measure measure,
        String language,
        Set<String> measureLanguages) {

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean answerable() {
        return openReason == null && !submitted();
    }

    /** The answered questions the client may share with their partner: every one but the safety questions. */
    public List<Question> shareableQuestions() {
        return questions.stream()
                .filter(q -> !q.safety() && answers.containsKey(q.position()))
                .toList();
    }
}
