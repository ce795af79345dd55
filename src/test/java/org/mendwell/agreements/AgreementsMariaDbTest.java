package org.mendwell.agreements;

import org.mendwell.support.MendwellMariaDbTest;

/** Agreements and the V24 migration on a real MariaDB server. */
@MendwellMariaDbTest
class AgreementsMariaDbTest extends AgreementScenario {}
