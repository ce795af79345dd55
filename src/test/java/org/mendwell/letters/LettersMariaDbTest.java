package org.mendwell.letters;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Letters and their migration on a real MariaDB server: UUID columns, the long body, the queries' limit. */
@Tag("mariadb")
@SpringBootTest(properties = "mendwell.demo.history=false")
@ActiveProfiles("mariadb-test")
@DirtiesContext
class LettersMariaDbTest extends LettersScenario {}
