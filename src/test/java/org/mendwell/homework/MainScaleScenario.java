package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.support.CaseloadFixtures;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The main scale kept on the submission ({@code submission.main_scale}, {@link MainScale}): submitting a
 * daily check-in writes its Trust answer there and nothing else does, and the V13 migration's backfill
 * gives every submitted row the value its answers hold. Run on H2 ({@link MainScaleTest}) and on
 * MariaDB ({@link MainScaleMariaDbTest}), since the backfill is one SQL statement for both.
 */
@Transactional
abstract class MainScaleScenario {

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    CompletionService completion;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_submitted_check_in_carries_its_trust_answer_and_a_draft_or_another_exercise_none() {
        UUID checkIn = give("daily-check-in", ExerciseSchedule.daily(today(), null, 3, LocalTime.of(23, 59)));
        completion.saveDraft(checkIn, Map.of(5, Answer.scale(9)));
        submissions.flush();
        assertThat(mainScaleOf(checkIn)).as("a draft has no main scale yet").isNull();

        completion.submit(checkIn, CompletionServiceTest.checkIn(4));
        submissions.flush();
        assertThat(mainScaleOf(checkIn)).isEqualTo(4);

        // Another exercise with a "Trust:" scale is not the daily check-in: no main scale.
        UUID forgiveness = give("forgiveness-is-not-trust", ExerciseSchedule.once(today(), LocalTime.of(23, 59)));
        completion.submit(
                forgiveness,
                Map.of(
                        0,
                        Answer.scale(5),
                        1,
                        Answer.scale(6),
                        2,
                        Answer.text("I'm not sure"),
                        3,
                        Answer.text("Plans shared ahead of time")));
        submissions.flush();
        assertThat(mainScaleOf(forgiveness)).isNull();
    }

    @Test
    void the_migration_backfill_gives_every_submitted_row_the_value_its_answers_hold() throws IOException {
        new CaseloadFixtures(jdbc).knownCaseload();
        UUID checkIn = give("daily-check-in", ExerciseSchedule.daily(today(), null, 3, LocalTime.of(23, 59)));
        completion.submit(checkIn, CompletionServiceTest.checkIn(2));
        submissions.flush();
        Map<String, Integer> fromTheAnswers = mainScaleFromTheAnswers();
        // The known caseload's eight submitted Trust answers (one of them 0) and the one submitted here.
        assertThat(fromTheAnswers)
                .as("check-ins with a Trust answer to backfill")
                .hasSizeGreaterThanOrEqualTo(9)
                .containsValues(0, 2, 10);

        jdbc.sql("update submission set main_scale = null").update();
        jdbc.sql(backfillStatement()).update();

        Map<String, Integer> backfilled = jdbc
                .sql("select id, main_scale from submission where main_scale is not null")
                .query((row, n) -> Map.entry(row.getString(1), row.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(backfilled).isEqualTo(fromTheAnswers);
    }

    /** Each submitted submission's main scale worked out in Java from its answers, by {@link MainScale#is}. */
    private Map<String, Integer> mainScaleFromTheAnswers() {
        record Row(String submission, @Nullable String templateKey, String kind, String prompt, int value) {}
        return jdbc
                .sql("""
                        select s.id, t.template_key, q.kind, q.prompt, sa.scale_value
                        from submission s
                          join assignment a on a.id = s.assignment_id
                          join exercise_template t on t.id = a.template_id
                          join submission_answer sa on sa.submission_id = s.id
                          join exercise_question q on q.id = sa.question_id
                        where s.status = 'SUBMITTED' and sa.scale_value is not null""")
                .query((row, n) ->
                        new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5)))
                .list()
                .stream()
                .filter(r -> MainScale.is(r.templateKey(), QuestionKind.valueOf(r.kind()), r.prompt()))
                .collect(Collectors.toMap(Row::submission, Row::value));
    }

    /** The UPDATE of V13, as Flyway ran it. */
    private static String backfillStatement() throws IOException {
        String migration = new ClassPathResource("db/migration/V13__main_scale_on_submission.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String withoutComments =
                migration.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(statement -> statement.startsWith("UPDATE submission SET main_scale"))
                .findFirst()
                .orElseThrow();
    }

    private @Nullable Integer mainScaleOf(UUID occurrence) {
        return jdbc.sql("select main_scale from submission where occurrence_id = :occurrence")
                .param("occurrence", occurrence.toString())
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    /** Gives the template to the demo client (as their clinician); returns its new occurrence due today, signed in as the client. */
    private UUID give(String templateKey, ExerciseSchedule schedule) {
        return exercises.give(Demo.CLIENT, templateKey, null, schedule);
    }

    private LocalDate today() {
        return exercises.todayAtNoon();
    }
}
