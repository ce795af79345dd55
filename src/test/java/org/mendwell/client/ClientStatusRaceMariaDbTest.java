package org.mendwell.client;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The same race on a real MariaDB server, where the second UPDATE waits on InnoDB's row lock. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
class ClientStatusRaceMariaDbTest extends ClientStatusRaceScenario {}
