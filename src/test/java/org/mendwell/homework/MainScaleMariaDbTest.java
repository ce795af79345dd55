package org.mendwell.homework;

import org.mendwell.support.MendwellMariaDbTest;

/** The main scale written on submit and the V13 backfill on a real MariaDB server. */
@MendwellMariaDbTest
class MainScaleMariaDbTest extends MainScaleScenario {}
