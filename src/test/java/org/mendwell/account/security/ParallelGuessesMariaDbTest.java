package org.mendwell.account.security;

import org.mendwell.support.MendwellMariaDbTest;

/** The same race on a real MariaDB server, where row locks are InnoDB's. */
@MendwellMariaDbTest
class ParallelGuessesMariaDbTest extends ParallelGuessesScenario {}
