package org.mendwell.demo;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The generated practice on a real MariaDB server. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
class GeneratedPracticeMariaDbTest extends GeneratedPracticeScenario {}
