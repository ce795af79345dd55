package org.mendwell.progress;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** The same figures from the same SQL on a real MariaDB server (./mvnw -Pmariadb-tests test). */
@Tag("mariadb")
@ActiveProfiles(value = "mariadb-test", inheritProfiles = false)
class ClientProgressMariaDbTest extends ClientProgressServiceTest {}
