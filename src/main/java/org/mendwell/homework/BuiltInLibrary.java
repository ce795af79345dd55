package org.mendwell.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.domain.ExerciseTemplate;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.shared.i18n.Language;
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

    /** The Spanish text of the built-in exercises, keyed by the same template keys. */
    static final String SPANISH_RESOURCE = "built-in-library_es.json";

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

    /**
     * A translation file's shape: only the words. Kinds, required marks, safety marks, scales and scoring are
     * the English entry's, so a translated exercise cannot drift from it in anything but its language.
     */
    record TranslationFile(@Nullable String source, List<TranslatedTemplate> templates) {}

    record TranslatedTemplate(String key, String title, String introduction, List<TranslatedQuestion> questions) {}

    record TranslatedQuestion(
            String prompt,
            @Nullable String low,
            @Nullable String high,
            @Nullable List<String> options) {}

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
        int translated = 0;
        Map<String, TemplateEntry> spanish = translated(read(), readSpanish());
        for (TemplateEntry entry : read().templates()) {
            var existing = templates.findByKey(entry.key());
            ExerciseTemplate template;
            if (existing.isEmpty()) {
                template = templates.save(new ExerciseTemplate(
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
                template = existing.get();
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
            }
            TemplateEntry inSpanish = spanish.get(entry.key());
            if (inSpanish != null) {
                String hash = hash(inSpanish);
                boolean unchanged = versions.translation(template.getId(), Language.SPANISH)
                        .map(version -> version.getContentHash().equals(hash))
                        .orElse(false);
                if (!unchanged) {
                    versions.publishTranslation(
                            template,
                            Language.SPANISH,
                            inSpanish.title(),
                            inSpanish.introduction(),
                            hash,
                            questions(inSpanish));
                    translated++;
                }
            }
            versions.classifySafety(
                    template,
                    question -> Stream.concat(
                                    entry.questions().stream(),
                                    inSpanish == null ? Stream.empty() : inSpanish.questions().stream())
                            .anyMatch(q -> q.isSafety()
                                    && q.kind() == question.getKind()
                                    && q.prompt().equals(question.getPrompt())));
        }
        if (added > 0 || revised > 0 || translated > 0) {
            log.info(
                    "Exercise library: {} built-in templates added, {} revised, {} translations updated",
                    added,
                    revised,
                    translated);
        }
    }

    private void addVersion(ExerciseTemplate template, TemplateEntry entry) {
        versions.publish(template, entry.title(), entry.introduction(), hash(entry), questions(entry));
    }

    private static List<TemplateDetails.Question> questions(TemplateEntry entry) {
        return entry.questions().stream()
                .map(q -> new TemplateDetails.Question(
                        0,
                        q.kind(),
                        q.prompt(),
                        q.required(),
                        q.low(),
                        q.high(),
                        q.options() == null ? List.of() : q.options(),
                        q.isSafety()))
                .toList();
    }

    static LibraryFile read() {
        return read(RESOURCE, LibraryFile.class);
    }

    static TranslationFile readSpanish() {
        return read(SPANISH_RESOURCE, TranslationFile.class);
    }

    private static <T> T read(String resource, Class<T> shape) {
        try (InputStream in = Objects.requireNonNull(
                BuiltInLibrary.class.getResourceAsStream(resource), resource + " is missing from the classpath")) {
            return JsonMapper.builder().build().readValue(in, shape);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each translated exercise as a whole entry: the translation's words on the English entry's structure.
     * A translation whose questions or options do not line up with the English ones is refused at start, since
     * answers are stored and scored by position.
     */
    static Map<String, TemplateEntry> translated(LibraryFile english, TranslationFile translation) {
        Map<String, TemplateEntry> byKey = new HashMap<>();
        english.templates().forEach(entry -> byKey.put(entry.key(), entry));
        Map<String, TemplateEntry> result = new HashMap<>();
        for (TranslatedTemplate words : translation.templates()) {
            TemplateEntry original = byKey.get(words.key());
            if (original == null) {
                throw new IllegalStateException("Translated exercise with no English entry: " + words.key());
            }
            if (original.questions().size() != words.questions().size()) {
                throw new IllegalStateException(
                        "Translated exercise has other questions than the English: " + words.key());
            }
            List<QuestionEntry> questions = new ArrayList<>();
            for (int i = 0; i < words.questions().size(); i++) {
                QuestionEntry q = original.questions().get(i);
                TranslatedQuestion t = words.questions().get(i);
                int options = q.options() == null ? 0 : q.options().size();
                int translatedOptions = t.options() == null ? 0 : t.options().size();
                if (options != translatedOptions
                        || (q.low() == null) != (t.low() == null)
                        || (q.high() == null) != (t.high() == null)) {
                    throw new IllegalStateException("Translated question " + (i + 1) + " of " + words.key()
                            + " does not line up with the English one");
                }
                questions.add(new QuestionEntry(
                        q.kind(), t.prompt(), q.required(), t.low(), t.high(), t.options(), q.safety()));
            }
            result.put(
                    words.key(),
                    new TemplateEntry(
                            original.key(),
                            words.title(),
                            original.theme(),
                            original.audience(),
                            original.couplesExercise(),
                            original.minutes(),
                            original.suggestedSchedule(),
                            words.introduction(),
                            original.measure(),
                            questions));
        }
        return result;
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
