package org.mendwell.progress;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The caseload's one aggregate statement and its figures on a real MariaDB server. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
class CaseloadFiguresMariaDbTest extends CaseloadFiguresScenario {}
