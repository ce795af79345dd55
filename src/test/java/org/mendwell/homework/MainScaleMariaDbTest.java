package org.mendwell.homework;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The main scale written on submit and the V13 backfill on a real MariaDB server. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
class MainScaleMariaDbTest extends MainScaleScenario {}
