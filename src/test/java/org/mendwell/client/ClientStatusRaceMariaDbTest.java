package org.mendwell.client;

import org.mendwell.support.MendwellMariaDbTest;

/** The same race on a real MariaDB server, where the second UPDATE waits on InnoDB's row lock. */
@MendwellMariaDbTest
class ClientStatusRaceMariaDbTest extends ClientStatusRaceScenario {}
