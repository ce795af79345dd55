package org.mendwell.account.security;

import org.mendwell.support.MendwellMariaDbTest;

/** The same race on a real MariaDB server, where the second update waits on InnoDB's row lock. */
@MendwellMariaDbTest
class RecoveryCodeRaceMariaDbTest extends RecoveryCodeRaceScenario {}
