package org.mendwell.progress;

import org.mendwell.support.MendwellTest;

@MendwellTest
class ReviewInboxTest extends ReviewInboxScenario {}
