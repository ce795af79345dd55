package org.mendwell.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.DemoPassword;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.shared.DemoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a large invented practice when {@code mendwell.demo.size} asks for one
 * (small, medium or large; see {@link PracticeSize}), after the built-in library and the hand-made
 * demo practice are in place, once: a database that already has the generated clinicians is left
 * alone. The same {@code mendwell.demo.seed} on the same day gives the same practice (as it stood at
 * midnight). Every generated
 * person signs in with the demo password (hashed once), e.g. {@code clinician.01@mendwell.example}.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "true")
public class PracticeGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PracticeGenerator.class);

    /** What one generation wrote and how long it took. */
    public record Generated(PracticeSize size, long seed, Instant at, Map<String, Long> rows, Duration took) {}

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String size;
    private final long seed;
    private volatile @Nullable Generated lastRun;

    PracticeGenerator(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock, DemoSettings demo) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.size = demo.size();
        this.seed = demo.seed();
    }

    @Override
    public void run(ApplicationArguments args) {
        PracticeSize.named(size).ifPresent(practice -> {
            if (alreadyGenerated()) {
                log.info(
                        "Generated practice already present; sign in as {} (password {})",
                        GeneratedPractice.clinicianEmail(1),
                        DemoPassword.VALUE);
                return;
            }
            Generated generated = generate(practice, seed);
            log.info(
                    "Generated the {} practice (seed {}) in {} ms: {}; sign in as {} (password {})",
                    practice.name(),
                    seed,
                    generated.took().toMillis(),
                    generated.rows(),
                    GeneratedPractice.clinicianEmail(1),
                    DemoPassword.VALUE);
        });
    }

    /** The generation this application ran at start-up, if any. */
    public Optional<Generated> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** The e-mail address of the n-th generated clinician (from 1), the same in every generated practice. */
    public static String clinicianEmail(int number) {
        return GeneratedPractice.clinicianEmail(number);
    }

    Generated generate(PracticeSize practice, long seed) {
        long started = System.nanoTime();
        String hash = passwordEncoder.encode(DemoPassword.VALUE);
        var templates = builtInTemplates();
        Map<String, Long> counts = new LinkedHashMap<>();
        // The practice as it stood at midnight (London): the same seed gives the same rows all day.
        Instant now = clock.instant()
                .atZone(GeneratedPractice.LONDON)
                .toLocalDate()
                .atStartOfDay(GeneratedPractice.LONDON)
                .toInstant();
        var inserts = new BatchInserts(jdbc);
        new GeneratedPractice(seed, inserts, templates, hash, now).generate(practice);
        inserts.close();
        inserts.written().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts.put(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue()));
        var generated = new Generated(practice, seed, now, counts, Duration.ofNanos(System.nanoTime() - started));
        lastRun = generated;
        return generated;
    }

    private boolean alreadyGenerated() {
        Integer found = jdbc.queryForObject(
                "select count(*) from account where email = ?", Integer.class, GeneratedPractice.clinicianEmail(1));
        return found != null && found > 0;
    }

    /** The current version of every built-in template, with its questions. */
    Map<String, GeneratedPractice.Template> builtInTemplates() {
        record Row(
                String key,
                String id,
                String title,
                @Nullable String measure,
                int version,
                String questionId,
                int position,
                String kind,
                String prompt,
                boolean required,
                @Nullable String options) {}
        List<Row> rows = jdbc.query(
                """
                select t.template_key, t.id, v.title, t.measure, v.number, q.id, q.position, q.kind, q.prompt,
                       q.required, q.options
                from exercise_template t
                  join exercise_template_version v on v.template_id = t.id and v.number = t.current_version
                  join exercise_question q on q.template_version_id = v.id
                where t.template_key is not null
                order by t.template_key, q.position""",
                (rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getBoolean(10),
                        rs.getString(11)));
        Map<String, GeneratedPractice.Template> templates = new LinkedHashMap<>();
        Map<String, List<GeneratedPractice.Question>> questions = new LinkedHashMap<>();
        for (Row row : rows) {
            questions
                    .computeIfAbsent(row.key(), k -> new ArrayList<>())
                    .add(new GeneratedPractice.Question(
                            UUID.fromString(row.questionId()),
                            row.position(),
                            row.kind(),
                            row.prompt(),
                            row.required(),
                            row.options() == null
                                    ? List.of()
                                    : List.of(row.options().split("\n"))));
            templates.putIfAbsent(
                    row.key(),
                    new GeneratedPractice.Template(
                            row.key(),
                            UUID.fromString(row.id()),
                            row.version(),
                            row.title(),
                            row.measure() == null ? null : Measure.valueOf(row.measure()),
                            questions.get(row.key())));
        }
        return templates;
    }
}
