package org.mendwell.client;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The handover's bulk moves and history rows on a real MariaDB server, with its foreign keys and row locks. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
@DirtiesContext
class HandoverMariaDbTest extends HandoverScenario {}
