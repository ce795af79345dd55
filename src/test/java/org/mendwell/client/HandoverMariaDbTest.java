package org.mendwell.client;

import org.mendwell.support.MendwellMariaDbTest;
import org.springframework.test.annotation.DirtiesContext;

/** The handover's bulk moves and history rows on a real MariaDB server, with its foreign keys and row locks. */
@MendwellMariaDbTest
@DirtiesContext
class HandoverMariaDbTest extends HandoverScenario {}
