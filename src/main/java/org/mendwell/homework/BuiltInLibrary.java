package org.mendwell.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.domain.ExerciseQuestion;
import org.mendwell.homework.domain.ExerciseQuestionRepository;
import org.mendwell.homework.domain.ExerciseTemplate;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.ExerciseTemplateVersion;
import org.mendwell.homework.domain.ExerciseTemplateVersionRepository;
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
    private final ExerciseTemplateVersionRepository versions;
    private final ExerciseQuestionRepository questions;
    private final Clock clock;

    BuiltInLibrary(ExerciseTemplateRepository templates, ExerciseTemplateVersionRepository versions,
                   ExerciseQuestionRepository questions, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.questions = questions;
        this.clock = clock;
    }

    /** The file's shape; see src/main/resources/org/mendwell/homework/built-in-library.json. */
    record LibraryFile(List<TemplateEntry> templates) {
    }

    record TemplateEntry(String key, String title, Theme theme, Audience audience, boolean couplesExercise,
                         int minutes, Schedule suggestedSchedule, String introduction, @Nullable Measure measure,
                         List<QuestionEntry> questions) {
    }

    record QuestionEntry(QuestionKind kind, String prompt, boolean required, @Nullable String low,
                         @Nullable String high, @Nullable List<String> options) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        int revised = 0;
        for (TemplateEntry entry : read().templates()) {
            var existing = templates.findByKey(entry.key());
            if (existing.isEmpty()) {
                var template = templates.save(new ExerciseTemplate(entry.key(), null, entry.theme(), entry.audience(),
                        entry.couplesExercise(), entry.minutes(), entry.suggestedSchedule(), entry.measure(),
                        clock.instant()));
                addVersion(template, entry);
                added++;
            } else {
                var template = existing.get();
                template.refile(entry.theme(), entry.audience(), entry.couplesExercise(), entry.minutes(),
                        entry.suggestedSchedule());
                var current = versions.findByTemplateIdAndNumber(template.getId(), template.getCurrentVersion())
                        .orElseThrow();
                if (!current.getContentHash().equals(hash(entry))) {
                    addVersion(template, entry);
                    revised++;
                }
            }
        }
        if (added > 0 || revised > 0) {
            log.info("Exercise library: {} built-in templates added, {} revised", added, revised);
        }
    }

    private void addVersion(ExerciseTemplate template, TemplateEntry entry) {
        Instant now = clock.instant();
        var version = versions.save(new ExerciseTemplateVersion(template.getId(), template.getCurrentVersion() + 1,
                entry.title(), entry.introduction(), hash(entry), now));
        int position = 0;
        for (QuestionEntry q : entry.questions()) {
            questions.save(new ExerciseQuestion(version.getId(), position++, q.kind(), q.prompt(), q.required(),
                    q.low(), q.high(), q.options() == null ? List.of() : q.options()));
        }
        template.publish(version);
    }

    static LibraryFile read() {
        try (InputStream in = Objects.requireNonNull(BuiltInLibrary.class.getResourceAsStream(RESOURCE),
                RESOURCE + " is missing from the classpath")) {
            return JsonMapper.builder().build().readValue(in, LibraryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a client would see: title, introduction and questions; filing is not part of it. */
    static String hash(TemplateEntry entry) {
        var content = new StringBuilder(entry.title()).append('\u0000').append(entry.introduction());
        for (QuestionEntry q : entry.questions()) {
            content.append('\u0000').append(q.kind()).append('|').append(q.prompt()).append('|').append(q.required())
                    .append('|').append(q.low()).append('|').append(q.high()).append('|').append(q.options());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
