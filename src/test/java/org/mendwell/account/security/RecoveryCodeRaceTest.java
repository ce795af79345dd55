package org.mendwell.account.security;

import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.MendwellTest;

@MendwellTest
@ChangesDemoPractice
class RecoveryCodeRaceTest extends RecoveryCodeRaceScenario {}
