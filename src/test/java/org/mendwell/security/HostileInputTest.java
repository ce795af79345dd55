package org.mendwell.security;

import org.mendwell.support.MendwellTest;

/** The hostile input scenario on the embedded H2 database. */
@MendwellTest
class HostileInputTest extends HostileInputScenario {}
