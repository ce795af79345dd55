package org.mendwell.agreements;

import org.mendwell.support.MendwellTest;

@MendwellTest
class AgreementServiceTest extends AgreementScenario {}
