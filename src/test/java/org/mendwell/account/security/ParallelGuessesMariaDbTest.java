package org.mendwell.account.security;

import org.junit.jupiter.api.Tag;
import org.mendwell.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The same race on a real MariaDB server, where row locks are InnoDB's. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
@Import(TestClock.class)
class ParallelGuessesMariaDbTest extends ParallelGuessesScenario {}
