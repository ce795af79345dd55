package org.mendwell.security;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The hostile input scenario on a real MariaDB server: what its utf8mb4 columns keep, and refuse. */
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
class HostileInputMariaDbTest extends HostileInputScenario {}
