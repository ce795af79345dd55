package org.mendwell.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.ClientStatus;
import org.mendwell.progress.CaseloadEntry;
import org.mendwell.progress.CaseloadOverviewService;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * The generated practice at the small size (2 clinicians, 20 clients): what it holds, that the
 * portal works on it, and that the same seed gives the same practice.
 */
@TestPropertySource(properties = "mendwell.demo.size=small")
abstract class GeneratedPracticeScenario {

    private static final String GENERATED_CLIENTS = """
            select c.id from client c join account k on k.id = c.clinician_id where k.email like 'clinician.__@%'""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PracticeGenerator generator;

    @Autowired
    SignIn signIn;

    @Autowired
    CaseloadOverviewService caseload;

    @Autowired
    ClientProgressService progress;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void two_clinicians_with_ten_clients_each_in_every_status_and_a_couple() {
        for (int n = 1; n <= 2; n++) {
            List<String> statuses = jdbc.queryForList("""
                    select c.status from client c join account k on k.id = c.clinician_id where k.email = ?""", String.class, PracticeGenerator.clinicianEmail(n));
            assertThat(statuses)
                    .hasSize(10)
                    .containsAll(
                            Arrays.stream(ClientStatus.values()).map(Enum::name).toList());
            assertThat(jdbc.queryForObject("""
                    select count(*) from client c join account k on k.id = c.clinician_id
                    join client p on p.id = c.partner_id and p.partner_id = c.id
                    where k.email = ?""", Integer.class, PracticeGenerator.clinicianEmail(n)))
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void submissions_hold_their_answers_and_measures_are_scored() {
        assertThat(count("select count(*) from submission where client_id in (" + GENERATED_CLIENTS + ")"))
                .isGreaterThan(100);
        assertThat(count("select count(*) from submission_answer where submission_id in (select id from submission"
                        + " where client_id in (" + GENERATED_CLIENTS + "))"))
                .isGreaterThan(500);
        assertThat(count("""
                select count(*) from submission s where s.client_id in (%s)
                  and s.answered <> (select count(*) from submission_answer a where a.submission_id = s.id)""".formatted(GENERATED_CLIENTS))).isZero();
        assertThat(count("""
                select count(*) from exercise_occurrence o where o.client_id in (%s)
                  and case when o.status = 'SUBMITTED' then 1 else 0 end
                      <> case when exists (select 1 from submission s where s.occurrence_id = o.id) then 1 else 0 end""".formatted(GENERATED_CLIENTS))).isZero();
        assertThat(count("""
                select count(*) from submission s join assignment a on a.id = s.assignment_id
                  join exercise_template t on t.id = a.template_id
                where s.client_id in (%s) and case when t.measure is null then 0 else 1 end <> case when s.measure_total is null then 0 else 1 end""".formatted(GENERATED_CLIENTS))).isZero();
        // The main scale: a check-in's Trust answer, on check-ins only.
        assertThat(count("""
                select count(*) from submission s join assignment a on a.id = s.assignment_id
                  join exercise_template t on t.id = a.template_id
                where s.client_id in (%s) and coalesce(s.main_scale, -1) <> case when t.template_key <> 'daily-check-in'
                  then -1 else coalesce((select max(sa.scale_value) from submission_answer sa
                    join exercise_question q on q.id = sa.question_id
                    where sa.submission_id = s.id and q.kind = 'SCALE' and q.prompt like 'Trust:%%'), -1) end""".formatted(GENERATED_CLIENTS))).isZero();
        assertThat(count("select count(*) from submission where main_scale is not null and client_id in ("
                        + GENERATED_CLIENTS + ")"))
                .isGreaterThan(50);
    }

    @Test
    void a_generated_clinician_opens_their_caseload_and_a_clients_progress() {
        signIn.as(PracticeGenerator.clinicianEmail(1));
        List<CaseloadEntry> page =
                caseload.page(CaseloadFilter.NONE, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("completionRate"))));
        assertThat(page).hasSize(10);
        CaseloadEntry busiest = page.getFirst();
        assertThat(busiest.dueLast30Days()).isPositive();
        assertThat(page).anySatisfy(entry -> assertThat(entry.partnerName()).isNotNull());
        var figures = progress.progressOf(busiest.clientId());
        assertThat(figures.weeks()).isNotEmpty();
        assertThat(figures.scaleCharts()).isNotEmpty();
    }

    @Test
    void the_same_seed_gives_the_same_practice_and_another_seed_another() {
        var templates = generator.builtInTemplates();
        Instant at = Instant.parse("2026-11-24T12:00:00Z");
        String first = fingerprint(7, templates, at);
        assertThat(fingerprint(7, templates, at)).isEqualTo(first);
        assertThat(fingerprint(8, templates, at)).isNotEqualTo(first);
    }

    @Test
    void the_database_holds_what_the_plan_says() {
        generator.lastRun().ifPresent(run -> {
            var planned = new Fingerprint();
            new GeneratedPractice(run.seed(), planned, generator.builtInTemplates(), "hash", run.at())
                    .generate(run.size());
            assertThat(run.rows())
                    .containsEntry("answer", planned.rows.get(PracticeRows.Table.ANSWER))
                    .containsEntry("submission", planned.rows.get(PracticeRows.Table.SUBMISSION))
                    .containsEntry("client", planned.rows.get(PracticeRows.Table.CLIENT));
        });
        assertThat(count("select count(*) from client where id in (" + GENERATED_CLIENTS + ")"))
                .isEqualTo(20);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? -1 : n;
    }

    private static String fingerprint(long seed, Map<String, GeneratedPractice.Template> templates, Instant at) {
        var sink = new Fingerprint();
        new GeneratedPractice(seed, sink, templates, "hash", at).generate(PracticeSize.SMALL);
        return HexFormat.of().formatHex(sink.digest.digest()) + sink.rows;
    }

    /** A digest of every row in order, and the count per table. */
    private static final class Fingerprint implements PracticeRows {
        final MessageDigest digest;
        final Map<Table, Long> rows = new EnumMap<>(Table.class);

        Fingerprint() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void add(Table table, Object... values) {
            rows.merge(table, 1L, Long::sum);
            digest.update((table + Arrays.deepToString(values)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
