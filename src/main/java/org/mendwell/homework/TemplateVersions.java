package org.mendwell.homework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.mendwell.homework.domain.ExerciseQuestion;
import org.mendwell.homework.domain.ExerciseQuestionRepository;
import org.mendwell.homework.domain.ExerciseTemplate;
import org.mendwell.homework.domain.ExerciseTemplateVersion;
import org.mendwell.homework.domain.ExerciseTemplateVersionRepository;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * Writes and reads what a client sees of a template, version by version, for the built-in library
 * and for clinicians' own templates alike. A version and its questions are never changed once written.
 */
@Component
class TemplateVersions {

    private final ExerciseTemplateVersionRepository versions;
    private final ExerciseQuestionRepository questions;
    private final Clock clock;

    TemplateVersions(ExerciseTemplateVersionRepository versions, ExerciseQuestionRepository questions, Clock clock) {
        this.versions = versions;
        this.questions = questions;
        this.clock = clock;
    }

    /** Adds the next version with its questions (in list order) and makes it the current one. */
    ExerciseTemplateVersion publish(
            ExerciseTemplate template,
            String title,
            String introduction,
            String contentHash,
            List<TemplateDetails.Question> content) {
        var version = publishTranslation(template, Language.ENGLISH, title, introduction, contentHash, content);
        template.publish(version);
        return version;
    }

    /**
     * Adds a version in a language, numbered in the same sequence as the template's other versions, without
     * making it the current one: a built-in exercise's translation sits beside its current English version,
     * which the library lists and previews.
     */
    ExerciseTemplateVersion publishTranslation(
            ExerciseTemplate template,
            Language language,
            String title,
            String introduction,
            String contentHash,
            List<TemplateDetails.Question> content) {
        var version = versions.save(new ExerciseTemplateVersion(
                template.getId(),
                nextNumber(template),
                title,
                introduction,
                contentHash,
                clock.instant(),
                language.code()));
        saveQuestions(version, content);
        return version;
    }

    /** The newest version of a template in a language other than English, if it has one. */
    Optional<ExerciseTemplateVersion> translation(UUID templateId, Language language) {
        return versions.findFirstByTemplateIdAndLanguageOrderByNumberDesc(templateId, language.code());
    }

    private int nextNumber(ExerciseTemplate template) {
        return Math.max(template.getCurrentVersion(), versions.highestNumber(template.getId())) + 1;
    }

    private void saveQuestions(ExerciseTemplateVersion version, List<TemplateDetails.Question> content) {
        int position = 0;
        for (TemplateDetails.Question q : content) {
            questions.save(new ExerciseQuestion(
                    version.getId(),
                    position++,
                    q.kind(),
                    q.prompt(),
                    q.required(),
                    q.lowLabel(),
                    q.highLabel(),
                    q.options(),
                    q.safety()));
        }
    }

    /**
     * Marks the questions the library calls safety questions, in every version. A mark is never taken away: the
     * library recognises its questions by their words, so rewording a safety question must not unmark the versions
     * clients already answered (a partner could then be shown those answers).
     */
    void classifySafety(ExerciseTemplate template, Predicate<ExerciseQuestion> isSafety) {
        questions.findByTemplateId(template.getId()).stream()
                .filter(q -> !q.isSafety() && isSafety.test(q))
                .forEach(q -> q.classifyAsSafety(true));
    }

    ExerciseTemplateVersion current(ExerciseTemplate template) {
        return versions.findByTemplateIdAndNumber(template.getId(), template.getCurrentVersion())
                .orElseThrow(() -> new RecordNotFoundException("Exercise template version"));
    }

    /** The current version as the client will see it, with how the template is filed. */
    TemplateDetails details(ExerciseTemplate template) {
        return detailsOf(summary(template), current(template));
    }

    /**
     * A built-in template as a reader of this language would be given it: its newest version in that language where the
     * library has one, so that a Spanish-reading clinician previews the words a Spanish-speaking client gets; else,
     * and for a clinician's own template, {@link #details(ExerciseTemplate)}.
     */
    TemplateDetails detailsIn(ExerciseTemplate template, Language language) {
        if (!template.isBuiltIn()) {
            return details(template);
        }
        return translation(template.getId(), language)
                .map(version -> detailsOf(summary(template).withTitle(version.getTitle()), version))
                .orElseGet(() -> details(template));
    }

    private TemplateDetails detailsOf(TemplateSummary summary, ExerciseTemplateVersion version) {
        var questionList = questions.findByTemplateVersionIdOrderByPosition(version.getId()).stream()
                .map(ExerciseContent::toQuestion)
                .toList();
        return new TemplateDetails(summary, version.getIntroduction(), questionList);
    }

    static TemplateSummary summary(ExerciseTemplate template) {
        return new TemplateSummary(
                template.getId(),
                template.getTitle(),
                template.getTheme(),
                template.getAudience(),
                template.getMinutes(),
                template.getSuggestedSchedule(),
                template.isCouplesExercise(),
                template.getMeasure(),
                template.isBuiltIn(),
                template.getCurrentVersion(),
                template.isArchived());
    }

    /**
     * What a client would see of a clinician's own template, and which questions are safety questions;
     * positions are left out, the order counts.
     */
    static String hash(String title, String introduction, List<TemplateDetails.Question> content) {
        var text = new StringBuilder(title).append('\u0000').append(introduction);
        for (TemplateDetails.Question q : content) {
            text.append('\u0000')
                    .append(q.kind())
                    .append('|')
                    .append(q.prompt())
                    .append('|')
                    .append(q.required())
                    .append('|')
                    .append(q.lowLabel())
                    .append('|')
                    .append(q.highLabel())
                    .append('|')
                    .append(String.join("\n", q.options()));
            if (q.safety()) { // only when set, so the hashes of templates written before the flag still match
                text.append("|safety");
            }
        }
        return sha256(text.toString());
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
