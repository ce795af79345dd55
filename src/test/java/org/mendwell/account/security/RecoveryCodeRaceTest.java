package org.mendwell.account.security;

import org.mendwell.support.MendwellTest;
import org.springframework.test.annotation.DirtiesContext;

@MendwellTest
@DirtiesContext
class RecoveryCodeRaceTest extends RecoveryCodeRaceScenario {}
