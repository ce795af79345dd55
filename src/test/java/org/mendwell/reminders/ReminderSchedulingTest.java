package org.mendwell.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The scheduler as configured, switched on and firing every second: the job runs under its ShedLock
 * lock and a client still gets one e-mail, however often it fires that day. The context is closed
 * afterwards, so that its scheduler does not keep firing behind later tests.
 */
@MendwellTest
@DirtiesContext
@TestPropertySource(
        properties = {
            "mendwell.reminders.enabled=true",
            "mendwell.reminders.cron=* * * * * *",
            "mendwell.reminders.lock-at-least-for=PT0S"
        })
class ReminderSchedulingTest extends ReminderMailTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_scheduler_runs_the_job_under_its_lock_and_sends_once_however_often_it_fires() throws Exception {
        fixtures.assign(
                Demo.CLINICIAN,
                fixtures.clientId(Demo.CLIENT),
                "reflection-relationship-as-a-whole",
                ExerciseSchedule.once(LocalDate.of(2027, 3, 10), LocalTime.of(21, 0)));

        assertThat(smtp.waitForIncomingEmail(15_000, 1))
                .as("a reminder within a few firings")
                .isTrue();
        Thread.sleep(3_000); // three more firings

        assertThat(recipients()).containsExactly(Demo.CLIENT);
        assertThat(jdbc.queryForList("select name from shedlock", String.class))
                .containsExactly(ReminderScheduler.LOCK);
    }
}
