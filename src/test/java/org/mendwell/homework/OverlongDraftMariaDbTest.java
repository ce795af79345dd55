package org.mendwell.homework;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Over-limit drafts in their longtext columns on a real MariaDB server. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
class OverlongDraftMariaDbTest extends OverlongDraftScenario {}
