package org.mendwell.reminders;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The race on a real MariaDB server, where row locks and duplicate keys behave as in production. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
class ReminderRaceMariaDbTest extends ReminderRaceScenario {}
