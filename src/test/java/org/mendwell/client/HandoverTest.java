package org.mendwell.client;

import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.MendwellTest;

/** Commits for real, so the demo data it changes is not handed to the next test class. */
@MendwellTest
@ChangesDemoPractice
class HandoverTest extends HandoverScenario {}
