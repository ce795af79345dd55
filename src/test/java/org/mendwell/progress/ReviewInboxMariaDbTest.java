package org.mendwell.progress;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The review inbox's one statement on a real MariaDB server. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
class ReviewInboxMariaDbTest extends ReviewInboxScenario {}
