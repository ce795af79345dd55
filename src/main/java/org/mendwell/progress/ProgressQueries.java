package org.mendwell.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseNames;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.MainScale;
import org.mendwell.homework.MeasureScore.Severity;
import org.mendwell.homework.OccurrenceRules;
import org.mendwell.shared.Paging;
import org.mendwell.shared.i18n.Language;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress figures, read straight from the homework tables: one statement per figure, whatever
 * the number of weeks, questions or rows. Plain SQL that runs alike on H2 (MariaDB mode) and MariaDB;
 * times are stored as UTC, ids compared as text. The callers have already checked whose client it is.
 */
@Component
class ProgressQueries {

    /** A scale chart's points: everything done (early, or before a cancellation), and everything overdue. */
    private static final String CHARTED = "(" + OccurrenceRules.DONE_SQL + " or " + OccurrenceRules.OVERDUE_SQL + ")";

    /**
     * Every occurrence of a client's, with its state; {@code title} is the exercise's name for the reader
     * ({@link ExerciseNames}, which the grid sorts by), {@code given_title} the title it was given with (the search
     * looks in both).
     */
    private static final String OCCURRENCES = """
            select o.id, %s as title, a.title as given_title, o.due_at, o.submitted_at, s.id as submission_id, s.reviewed_at, s.measure_total,
                   case when %s then 'ON_TIME'
                        when %s then 'LATE'
                        when a.status = 'CANCELLED' or o.status = 'CANCELLED' then 'CANCELLED'
                        when a.status = 'PAUSED' then 'PAUSED'
                        when %s then 'OVERDUE'
                        else 'NOT_YET_DUE' end as state
            from exercise_occurrence o
            join assignment a on a.id = o.assignment_id
            left join submission s on s.occurrence_id = o.id and s.status = 'SUBMITTED'
            where o.client_id = :client""".formatted(
                    ExerciseNames.ASSIGNMENT_TITLE_SQL,
                    OccurrenceRules.DONE_ON_TIME_SQL,
                    OccurrenceRules.DONE_SQL,
                    OccurrenceRules.OVERDUE_SQL);

    /**
     * A scale question's name in the reader's language: where a built-in exercise was answered in another
     * language, the prompt at the same position of the template's newest version in the reader's (the library
     * lines its translations up with the English, position for position); otherwise, and for a clinician's own
     * wording, the prompt as it was answered. Needs {@code v} (the answered version), {@code q} (its question)
     * and the {@code :language} parameter; selects {@code coalesce(rq.prompt, q.prompt)}.
     */
    private static final String READERS_PROMPT = "coalesce(rq.prompt, q.prompt)";

    private static final String IN_READERS_LANGUAGE = """
             left join exercise_template rt
               on rt.id = v.template_id and rt.template_key is not null and v.language <> :language
             left join exercise_template_version rv
               on rv.template_id = rt.id and rv.language = :language
              and rv.number = (select max(lv.number) from exercise_template_version lv
                               where lv.template_id = rt.id and lv.language = :language)
             left join exercise_question rq
               on rq.template_version_id = rv.id and rq.position = q.position and rq.kind = 'SCALE'
            """;

    private static final String FILTERED = "select * from (" + OCCURRENCES + ") x "
            + "where (:state = '' or x.state = :state) and (:pattern = '' or lower(x.title) like :pattern escape '!'"
            + " or lower(x.given_title) like :pattern escape '!')";

    /** Grid sort keys and the columns they order by: nothing else reaches the ORDER BY. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "exercise",
            "x.title",
            "due",
            "x.due_at",
            "completed",
            "x.submitted_at",
            "reviewed",
            "x.reviewed_at",
            "state",
            "x.state");

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Due and done per local week (Monday first), from the first week anything was due to this week. */
    List<ClientProgress.WeekCompletion> weeks(UUID clientId, ZoneId zone, Instant now) {
        var due = new TreeMap<LocalDate, int[]>();
        jdbc.sql("select o.due_at, o.status from exercise_occurrence o join assignment a on a.id = o.assignment_id "
                        + "where o.client_id = :client and " + OccurrenceRules.DUE_SQL)
                .param("client", clientId.toString())
                .param("now", utc(now))
                .query((RowCallbackHandler) rs -> {
                    int[] counts = due.computeIfAbsent(weekOf(instant(rs, 1), zone), week -> new int[2]);
                    counts[0]++;
                    if ("SUBMITTED".equals(rs.getString(2))) {
                        counts[1]++;
                    }
                });
        List<ClientProgress.WeekCompletion> weeks = new ArrayList<>();
        if (due.isEmpty()) {
            return weeks;
        }
        for (LocalDate week = due.firstKey(); !week.isAfter(weekOf(now, zone)); week = week.plusWeeks(1)) {
            int[] counts = due.getOrDefault(week, new int[2]);
            weeks.add(new ClientProgress.WeekCompletion(week, counts[0], counts[1]));
        }
        return weeks;
    }

    /** One chart per exercise that has scale questions, ordered by title; one line per question. */
    List<ScaleChart> scaleCharts(UUID clientId, ZoneId zone, Instant now, Language reader) {
        record Answer(
                String template,
                String title,
                String occurrence,
                LocalDate day,
                String prompt,
                @Nullable Integer value,
                String language,
                String promptLanguage) {}
        List<Answer> answers = jdbc.sql("""
                        select a.template_id, """ + ExerciseNames.ASSIGNMENT_TITLE_SQL + """
                        , o.id, o.due_at, """ + READERS_PROMPT + """
                        , sa.scale_value, """
                        + ExerciseNames.ASSIGNMENT_TITLE_LANGUAGE_SQL + """
                        , coalesce(rv.language, v.language)
                        from exercise_occurrence o
                        join assignment a on a.id = o.assignment_id
                        join exercise_template_version v
                          on v.template_id = a.template_id and v.number = a.template_version
                        join exercise_question q on q.template_version_id = v.id and q.kind = 'SCALE'
                        left join submission s on s.occurrence_id = o.id and s.status = 'SUBMITTED'
                        left join submission_answer sa on sa.submission_id = s.id and sa.question_id = q.id
                        """
                        + IN_READERS_LANGUAGE + """
                        where o.client_id = :client and """ + CHARTED + """
                         order by o.due_at, o.id, q.position""")
                .param("client", clientId.toString())
                .param("language", reader.code())
                .param("now", utc(now))
                .query((rs, n) -> new Answer(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs, 4).atZone(zone).toLocalDate(),
                        rs.getString(5),
                        nullableInt(rs, 6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        Map<String, List<Answer>> byTemplate = new LinkedHashMap<>();
        answers.forEach(answer -> byTemplate
                .computeIfAbsent(answer.template(), t -> new ArrayList<>())
                .add(answer));
        List<ScaleChart> charts = new ArrayList<>();
        byTemplate.values().forEach(rows -> {
            Map<String, Integer> column = new LinkedHashMap<>();
            List<LocalDate> days = new ArrayList<>();
            Map<String, Map<Integer, Integer>> valuesByPrompt = new LinkedHashMap<>();
            Map<String, String> promptLanguages = new HashMap<>();
            for (Answer row : rows) {
                promptLanguages.put(row.prompt(), row.promptLanguage());
                Integer index = column.computeIfAbsent(row.occurrence(), occurrence -> {
                    days.add(row.day());
                    return days.size() - 1;
                });
                Map<Integer, Integer> values = valuesByPrompt.computeIfAbsent(row.prompt(), p -> new HashMap<>());
                if (row.value() != null) {
                    values.put(index, row.value());
                }
            }
            List<ScaleChart.Series> series = new ArrayList<>();
            valuesByPrompt.forEach((prompt, values) -> {
                List<@Nullable Integer> line = new ArrayList<>();
                for (int i = 0; i < days.size(); i++) {
                    line.add(values.get(i));
                }
                series.add(new ScaleChart.Series(
                        ScaleLabels.shortLabel(prompt), prompt, promptLanguages.get(prompt), line));
            });
            charts.add(new ScaleChart(rows.getLast().title(), rows.getLast().language(), days, series));
        });
        charts.sort(java.util.Comparator.comparing(ScaleChart::exercise));
        return charts;
    }

    /** PHQ-9 and GAD-7 totals in the order submitted, each measure its own series. */
    List<MeasureSeries> measures(UUID clientId) {
        Map<Measure, List<MeasureSeries.Point>> points = new TreeMap<>();
        jdbc.sql("""
                        select t.measure, s.submitted_at, s.measure_total, s.measure_severity
                        from submission s
                        join assignment a on a.id = s.assignment_id
                        join exercise_template t on t.id = a.template_id
                        where s.client_id = :client and s.status = 'SUBMITTED' and s.measure_total is not null
                        order by s.submitted_at""").param("client", clientId.toString()).query((RowCallbackHandler)
                rs -> points.computeIfAbsent(Measure.valueOf(rs.getString(1)), m -> new ArrayList<>())
                        .add(new MeasureSeries.Point(instant(rs, 2), rs.getInt(3), Severity.valueOf(rs.getString(4)))));
        return points.entrySet().stream()
                .map(e -> new MeasureSeries(e.getKey(), e.getValue()))
                .toList();
    }

    /** Exercises submitted since the given moment, and in all: {since, overall}. */
    int[] doneCounts(UUID clientId, Instant since) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(case when submitted_at >= :since then 1 else 0 end), 0)
                        from submission where client_id = :client and status = 'SUBMITTED'""")
                .param("client", clientId.toString())
                .param("since", utc(since))
                .query((rs, n) -> new int[] {rs.getInt(2), rs.getInt(1)})
                .single();
    }

    /** The local days on which the client submitted a daily check-in. */
    Set<LocalDate> checkInDays(UUID clientId, ZoneId zone) {
        return new TreeSet<>(jdbc.sql("""
                        select s.submitted_at from submission s
                        join assignment a on a.id = s.assignment_id
                        join exercise_template t on t.id = a.template_id
                        where s.client_id = :client and s.status = 'SUBMITTED' and t.template_key = :checkIn""")
                .param("client", clientId.toString())
                .param("checkIn", MainScale.TEMPLATE_KEY)
                .query((rs, n) -> instant(rs, 1).atZone(zone).toLocalDate())
                .list());
    }

    /** The clinician's most recent feedback on any of the client's exercises. */
    MyProgress.@Nullable Feedback latestFeedback(UUID clientId, ZoneId zone, Language reader) {
        return jdbc.sql("""
                        select\s""" + ExerciseNames.ASSIGNMENT_TITLE_SQL + """
                        , """ + ExerciseNames.ASSIGNMENT_TITLE_LANGUAGE_SQL
                        + """
                        , c.body, c.created_at from submission_comment c
                        join submission s on s.id = c.submission_id
                        join assignment a on a.id = s.assignment_id
                        where s.client_id = :client and c.from_clinician = true
                        order by c.created_at desc, c.id limit 1""")
                .param("client", clientId.toString())
                .param("language", reader.code())
                .query((rs, n) -> new MyProgress.Feedback(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs, 4).atZone(zone).toLocalDate()))
                .optional()
                .orElse(null);
    }

    long countOccurrences(UUID clientId, OccurrenceFilter filter, Instant now, Language reader) {
        return filtered("select count(*) from (" + FILTERED + ") counted", clientId, filter, now, reader)
                .query(Long.class)
                .single();
    }

    /** One page of occurrences, filtered and sorted in the database; scale answers in one more statement. */
    List<OccurrenceRow> occurrences(
            UUID clientId, OccurrenceFilter filter, Pageable pageable, Instant now, Language reader) {
        StringBuilder order = new StringBuilder();
        for (Sort.Order o :
                pageable.getSort().and(Sort.by(Sort.Order.desc("due"))).and(Sort.by("id"))) {
            String column = o.getProperty().equals("id") ? "x.id" : SORT_COLUMNS.get(o.getProperty());
            if (column == null) {
                throw Paging.unknownSort(o.getProperty());
            }
            order.append(order.isEmpty() ? " order by " : ", ")
                    .append(column)
                    .append(o.isAscending() ? " asc" : " desc");
        }
        var rows = filtered(FILTERED + order + " limit :limit offset :offset", clientId, filter, now, reader)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> row(rs))
                .list();
        return withScales(
                rows,
                scalesOf(
                        rows.stream()
                                .map(OccurrenceRow::submissionId)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        reader));
    }

    /** Every occurrence of the client's, by due moment, with its scale answers: for the export. */
    List<OccurrenceRow> allOccurrences(UUID clientId, Instant now, Language reader) {
        var rows = filtered(FILTERED + " order by x.due_at, x.id", clientId, OccurrenceFilter.NONE, now, reader)
                .query((rs, n) -> row(rs))
                .list();
        var scales = new HashMap<UUID, List<OccurrenceRow.ScaleValue>>();
        jdbc.sql("""
                        select sa.submission_id, """ + READERS_PROMPT + """
                        , sa.scale_value from submission_answer sa
                        join submission s on s.id = sa.submission_id
                        join exercise_question q on q.id = sa.question_id
                        join exercise_template_version v on v.id = q.template_version_id
                        """ + IN_READERS_LANGUAGE + """
                        where s.client_id = :client and s.status = 'SUBMITTED' and sa.scale_value is not null
                        order by sa.submission_id, sa.position""")
                .param("client", clientId.toString())
                .param("language", reader.code())
                .query((RowCallbackHandler) rs -> addScale(scales, rs));
        return withScales(rows, scales);
    }

    private JdbcClient.StatementSpec filtered(
            String sql, UUID clientId, OccurrenceFilter filter, Instant now, Language reader) {
        return jdbc.sql(sql)
                .param("client", clientId.toString())
                .param("language", reader.code())
                .param("now", utc(now))
                .param("state", filter.state() == null ? "" : filter.state().name())
                .param("pattern", Paging.containsPattern(filter.text()));
    }

    private Map<UUID, List<OccurrenceRow.ScaleValue>> scalesOf(Collection<UUID> submissionIds, Language reader) {
        var scales = new HashMap<UUID, List<OccurrenceRow.ScaleValue>>();
        if (submissionIds.isEmpty()) {
            return scales;
        }
        jdbc.sql("""
                        select sa.submission_id, """ + READERS_PROMPT + """
                        , sa.scale_value from submission_answer sa
                        join exercise_question q on q.id = sa.question_id
                        join exercise_template_version v on v.id = q.template_version_id
                        """ + IN_READERS_LANGUAGE + """
                        where sa.submission_id in (:ids) and sa.scale_value is not null
                        order by sa.submission_id, sa.position""")
                .param("ids", submissionIds.stream().map(UUID::toString).toList())
                .param("language", reader.code())
                .query((RowCallbackHandler) rs -> addScale(scales, rs));
        return scales;
    }

    private static void addScale(Map<UUID, List<OccurrenceRow.ScaleValue>> scales, ResultSet rs) throws SQLException {
        scales.computeIfAbsent(UUID.fromString(rs.getString(1)), id -> new ArrayList<>())
                .add(new OccurrenceRow.ScaleValue(ScaleLabels.name(rs.getString(2)), rs.getInt(3)));
    }

    private static List<OccurrenceRow> withScales(
            List<OccurrenceRow> rows, Map<UUID, List<OccurrenceRow.ScaleValue>> scales) {
        return rows.stream()
                .map(row -> row.submissionId() == null
                        ? row
                        : new OccurrenceRow(
                                row.occurrenceId(),
                                row.exercise(),
                                row.dueAt(),
                                row.state(),
                                row.submittedAt(),
                                row.submissionId(),
                                row.reviewedAt(),
                                row.measureTotal(),
                                List.copyOf(scales.getOrDefault(row.submissionId(), List.of()))))
                .toList();
    }

    private static OccurrenceRow row(ResultSet rs) throws SQLException {
        String submission = rs.getString("submission_id");
        return new OccurrenceRow(
                UUID.fromString(rs.getString("id")),
                rs.getString("title"),
                instant(rs, "due_at"),
                OccurrenceState.valueOf(rs.getString("state")),
                nullableInstant(rs, "submitted_at"),
                submission == null ? null : UUID.fromString(submission),
                nullableInstant(rs, "reviewed_at"),
                nullableInt(rs, "measure_total"),
                List.of());
    }

    static LocalDate weekOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
