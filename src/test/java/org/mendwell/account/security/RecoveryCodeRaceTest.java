package org.mendwell.account.security;

import org.mendwell.support.MendwellTest;
import org.mendwell.support.TestClock;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

@MendwellTest
@Import(TestClock.class)
@DirtiesContext
class RecoveryCodeRaceTest extends RecoveryCodeRaceScenario {
}
