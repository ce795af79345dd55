package org.mendwell.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.domain.ExerciseTemplate;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the built-in templates in the database in step with built-in-library.json at every start:
 * a new key becomes a template, changed content becomes a new version (exercises already given keep
 * theirs), unchanged content is left alone. Product content, so it runs in production too.
 */
@Component
@Order(5)
class BuiltInLibrary implements ApplicationRunner {

    static final String RESOURCE = "built-in-library.json";

    private static final Logger log = LoggerFactory.getLogger(BuiltInLibrary.class);

    private final ExerciseTemplateRepository templates;
    private final TemplateVersions versions;
    private final Clock clock;

    BuiltInLibrary(ExerciseTemplateRepository templates, TemplateVersions versions, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.clock = clock;
    }

    /** The file's shape; see src/main/resources/org/mendwell/homework/built-in-library.json. */
    record LibraryFile(List<TemplateEntry> templates) {}

    record TemplateEntry(
            String key,
            String title,
            Theme theme,
            Audience audience,
            boolean couplesExercise,
            int minutes,
            Schedule suggestedSchedule,
            String introduction,
            @Nullable Measure measure,
            List<QuestionEntry> questions) {}

    /**
     * @param safety true for a safety question ("how safe do you feel with your partner", thoughts of
     *               self-harm): the one place that says which built-in questions are never shown to a partner
     */
    record QuestionEntry(
            QuestionKind kind,
            String prompt,
            boolean required,
            @Nullable String low,
            @Nullable String high,
            @Nullable List<String> options,
            @Nullable Boolean safety) {

        boolean isSafety() {
            return Boolean.TRUE.equals(safety);
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        int revised = 0;
        for (TemplateEntry entry : read().templates()) {
            var existing = templates.findByKey(entry.key());
            if (existing.isEmpty()) {
                var template = templates.save(new ExerciseTemplate(
                        entry.key(),
                        null,
                        entry.theme(),
                        entry.audience(),
                        entry.couplesExercise(),
                        entry.minutes(),
                        entry.suggestedSchedule(),
                        entry.measure(),
                        clock.instant()));
                addVersion(template, entry);
                added++;
            } else {
                var template = existing.get();
                template.refile(
                        entry.theme(),
                        entry.audience(),
                        entry.couplesExercise(),
                        entry.minutes(),
                        entry.suggestedSchedule());
                if (!versions.current(template).getContentHash().equals(hash(entry))) {
                    addVersion(template, entry);
                    revised++;
                }
                versions.classifySafety(
                        template,
                        question -> entry.questions().stream()
                                .anyMatch(q -> q.isSafety()
                                        && q.kind() == question.getKind()
                                        && q.prompt().equals(question.getPrompt())));
            }
        }
        if (added > 0 || revised > 0) {
            log.info("Exercise library: {} built-in templates added, {} revised", added, revised);
        }
    }

    private void addVersion(ExerciseTemplate template, TemplateEntry entry) {
        versions.publish(
                template,
                entry.title(),
                entry.introduction(),
                hash(entry),
                entry.questions().stream()
                        .map(q -> new TemplateDetails.Question(
                                0,
                                q.kind(),
                                q.prompt(),
                                q.required(),
                                q.low(),
                                q.high(),
                                q.options() == null ? List.of() : q.options(),
                                q.isSafety()))
                        .toList());
    }

    static LibraryFile read() {
        try (InputStream in = Objects.requireNonNull(
                BuiltInLibrary.class.getResourceAsStream(RESOURCE), RESOURCE + " is missing from the classpath")) {
            return JsonMapper.builder().build().readValue(in, LibraryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a client would see: title, introduction and questions; filing and the safety flag (kept in
     * step on every version at start) are not part of it. Its text
     * must not change, or every built-in template would gain a needless version at the next start.
     */
    static String hash(TemplateEntry entry) {
        var content = new StringBuilder(entry.title()).append('\u0000').append(entry.introduction());
        for (QuestionEntry q : entry.questions()) {
            content.append('\u0000')
                    .append(q.kind())
                    .append('|')
                    .append(q.prompt())
                    .append('|')
                    .append(q.required())
                    .append('|')
                    .append(q.low())
                    .append('|')
                    .append(q.high())
                    .append('|')
                    .append(q.options());
        }
        return TemplateVersions.sha256(content.toString());
    }
}
