package org.mendwell.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.demo.PracticeGenerator;
import org.mendwell.homework.Answer;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseTerms;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.progress.CaseloadEntry;
import org.mendwell.progress.CaseloadOverviewService;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.progress.OccurrenceFilter;
import org.mendwell.support.SignIn;
import org.mendwell.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Server time of the main operations on a generated practice (large by default: 50 clinicians, 5,000
 * clients, over a million answers), through the same service calls the views make, as a clinician
 * with about a hundred clients and as their clients. Each operation is warmed up, then timed many
 * times; statements are counted at the data source, the page's own apart from the audit trail's.
 *
 * <p>{@code ./mvnw -Pbenchmark verify -Dit.test=ServerTimeBenchmark} (H2 in memory);
 * {@code MENDWELL_BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/mendwell_bench} for MariaDB (an empty
 * database is filled on the first run and reused after); {@code -Dmendwell.bench.size=medium} for a
 * quicker run. See docs/performance.md.
 */
@SpringBootTest(properties = {"mendwell.demo.size=${mendwell.bench.size:large}", "mendwell.demo.seed=20261124"})
@ActiveProfiles("test")
@Import(StatementCounter.Config.class)
class ServerTimeBenchmark {

    private static final int WARM_UP = Integer.getInteger("mendwell.bench.warmup", 30);
    private static final int REPETITIONS = Integer.getInteger("mendwell.bench.repetitions", 500);
    /** Fewer repetitions when an operation is slow, so the whole run stays within minutes. */
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("mendwell.bench.seconds-per-operation", 60));

    private static final int AT_LEAST = 20;
    private static final int PAGE_SIZE = 50;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = System.getenv("MENDWELL_BENCH_DB_URL");
        if (url != null && !url.isBlank()) {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> env("MENDWELL_BENCH_DB_USER", "root"));
            registry.add("spring.datasource.password", () -> env("MENDWELL_BENCH_DB_PASSWORD", ""));
        }
    }

    @Autowired
    PracticeGenerator generator;

    @Autowired
    CaseloadOverviewService caseload;

    @Autowired
    ClientProgressService progress;

    @Autowired
    CompletionService completion;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> table = new ArrayList<>();

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void server_time_of_the_main_operations() throws Exception {
        String database = jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion());
        String size = System.getProperty("mendwell.bench.size", "large");
        var sizes = jdbc.queryForMap("""
                select (select count(*) from client) as clients,
                       (select count(*) from exercise_occurrence) as occurrences,
                       (select count(*) from submission) as submissions,
                       (select count(*) from submission_answer) as answers""");
        String generated = generator
                .lastRun()
                .map(run -> "generated in %.1f s (%s)".formatted(run.took().toMillis() / 1000.0, run.rows()))
                .orElse("already present in the database");

        String clinician = PracticeGenerator.clinicianEmail(1);
        signIn.as(clinician);
        List<UUID> clients = caseload.page(CaseloadFilter.NONE, PageRequest.of(0, 500)).stream()
                .filter(entry -> entry.dueLast30Days() > 0)
                .map(CaseloadEntry::clientId)
                .toList();
        long caseloadSize = caseload.count(CaseloadFilter.NONE);
        assertThat(clients).isNotEmpty();

        measure(
                "Caseload: open (saved filter, count, first page of " + PAGE_SIZE + ")",
                50,
                3,
                () -> {
                    CaseloadFilter filter = caseload.defaultFilter();
                    caseload.count(filter);
                    return caseload.page(filter, PageRequest.of(0, PAGE_SIZE));
                },
                () -> {});
        measure(
                "Caseload: one grid page of " + PAGE_SIZE + " (first)",
                50,
                1,
                () -> caseload.page(CaseloadFilter.NONE, PageRequest.of(0, PAGE_SIZE)),
                () -> {});
        measure(
                "Caseload: one grid page sorted by completion rate",
                50,
                1,
                () -> caseload.page(
                        CaseloadFilter.NONE, PageRequest.of(1, PAGE_SIZE, Sort.by(Sort.Order.desc("completionRate")))),
                () -> {});
        int[] next = {0};
        measure(
                "Client progress page (figures, occurrence count, first page)",
                100,
                -1,
                () -> {
                    UUID client = clients.get(next[0]++ % clients.size());
                    var figures = progress.progressOf(client);
                    progress.countOccurrencesOf(client, OccurrenceFilter.NONE);
                    progress.occurrencesOf(client, OccurrenceFilter.NONE, PageRequest.of(0, PAGE_SIZE));
                    return figures;
                },
                () -> {});

        // Submitting: each repetition answers another open exercise, due and not yet done, as its client.
        List<Map<String, Object>> open = jdbc.queryForList("""
                select o.id, k.email from exercise_occurrence o
                  join assignment a on a.id = o.assignment_id and a.status = 'ACTIVE'
                  join client c on c.id = o.client_id and c.status = 'ACTIVE'
                  join account k on k.id = c.account_id
                where o.status = 'OPEN' and o.due_at < current_timestamp and k.email like '%.0____@%'
                  and not exists (select 1 from submission s where s.occurrence_id = o.id)
                order by o.id limit ?""", WARM_UP + REPETITIONS);
        assertThat(open).hasSizeGreaterThanOrEqualTo(WARM_UP + REPETITIONS);
        int[] turn = {0};
        Map<String, Object>[] current = new Map[1];
        Map<Integer, Answer>[] answers = new Map[1];
        measure(
                "Exercise submit",
                50,
                -1,
                () -> completion.submit(UUID.fromString(String.valueOf(current[0].get("id"))), answers[0]),
                () -> {
                    current[0] = open.get(turn[0]++);
                    signIn.as((String) current[0].get("email"));
                    answers[0] = answersFor(completion
                            .myExercise(UUID.fromString(String.valueOf(current[0].get("id"))))
                            .questions());
                });

        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        BenchmarkReport.append("""
                ## Server time (%s practice, %s)

                Machine: %d cores, load average %.1f at the end of the run (other processes compete for them).

                %d clients, %d occurrences, %d submissions, %d answers; %s. Clinician %s with %d clients.
                %d warm-up runs, then up to %d timed runs per operation (fewer when %d s run out; at least
                %d), one thread, in the JVM (service calls as the views make them: no browser, no HTTP).
                Statements per operation counted at the data source: the data's own, and the audit trail's
                (for each audited call).

                | operation | target p95 ms | p50 ms | p95 ms | p99 ms | max ms | runs | statements (data) | statements (audit) | audit statement time p50 ms |
                |---|---|---|---|---|---|---|---|---|---|
                %s
                """.formatted(
                        size,
                        database,
                        Runtime.getRuntime().availableProcessors(),
                        load,
                        sizes.get("clients"),
                        sizes.get("occurrences"),
                        sizes.get("submissions"),
                        sizes.get("answers"),
                        generated,
                        clinician,
                        caseloadSize,
                        WARM_UP,
                        REPETITIONS,
                        BUDGET.toSeconds(),
                        AT_LEAST,
                        String.join("\n", table)));
    }

    private static Map<Integer, Answer> answersFor(List<Question> questions) {
        var answers = new HashMap<Integer, Answer>();
        for (Question q : questions) {
            answers.put(
                    q.position(),
                    switch (q.kind()) {
                        case SCALE -> Answer.scale(6);
                        case SINGLE_CHOICE -> Answer.text(q.options().getFirst());
                        case MULTIPLE_CHOICE ->
                            Answer.choices(List.of(q.options().getFirst()));
                        case YES_NOT_YET_SPACE -> Answer.text(ExerciseTerms.YES_NOT_YET_SPACE.getFirst());
                        default -> Answer.text("Steady.");
                    });
        }
        return answers;
    }

    /**
     * Times {@code operation} (after {@code before}, untimed) WARM_UP times untimed, then REPETITIONS
     * times; {@code dataStatementTarget} is the most statements the page may take (-1: no target).
     */
    private void measure(
            String name, double targetP95Millis, int dataStatementTarget, Supplier<?> operation, Runnable before) {
        for (int i = 0; i < WARM_UP; i++) {
            before.run();
            operation.get();
        }
        long[] nanos = new long[REPETITIONS];
        long[] auditNanos = new long[REPETITIONS];
        int dataStatements = 0;
        int auditStatements = 0;
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int runs = 0;
        for (int i = 0; i < REPETITIONS && (i < AT_LEAST || System.nanoTime() < deadline); i++, runs++) {
            before.run();
            StatementCounter.reset();
            long started = System.nanoTime();
            operation.get();
            nanos[i] = System.nanoTime() - started;
            auditNanos[i] = StatementCounter.nanosForTheAuditTrail();
            dataStatements =
                    Math.max(dataStatements, StatementCounter.sentForTheData().size());
            auditStatements = Math.max(
                    auditStatements, StatementCounter.sentToTheAuditTrail().size());
        }
        nanos = java.util.Arrays.copyOf(nanos, runs);
        auditNanos = java.util.Arrays.copyOf(auditNanos, runs);
        var p = BenchmarkReport.Percentiles.of(nanos);
        String statementTarget = dataStatementTarget < 0 ? "" : " (target ≤ " + dataStatementTarget + ")";
        table.add(String.format(
                Locale.ROOT,
                "| %s | %.0f | %s | %d%s | %d | %.1f |",
                name,
                targetP95Millis,
                p.cells(),
                dataStatements,
                statementTarget,
                auditStatements,
                BenchmarkReport.Percentiles.of(auditNanos).p50Millis()));
        System.out.printf(Locale.ROOT, "%s: p95 %.1f ms%n", name, p.p95Millis());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
