package org.mendwell.progress;

import org.mendwell.support.MendwellMariaDbTest;

/** The review inbox's one statement on a real MariaDB server. */
@MendwellMariaDbTest
class ReviewInboxMariaDbTest extends ReviewInboxScenario {}
