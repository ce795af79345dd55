package org.mendwell.security;

import org.mendwell.support.MendwellMariaDbTest;

/** The hostile input scenario on a real MariaDB server: what its utf8mb4 columns keep, and refuse. */
@MendwellMariaDbTest
class HostileInputMariaDbTest extends HostileInputScenario {}
