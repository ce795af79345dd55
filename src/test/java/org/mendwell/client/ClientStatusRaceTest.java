package org.mendwell.client;

import org.mendwell.support.MendwellTest;
import org.springframework.test.annotation.DirtiesContext;

/** Commits for real (two threads), so the demo data it changes is not handed to the next test class. */
@MendwellTest
@DirtiesContext
class ClientStatusRaceTest extends ClientStatusRaceScenario {}
