package org.mendwell.progress;

import org.mendwell.support.MendwellMariaDbTest;

/** The caseload's one aggregate statement and its figures on a real MariaDB server. */
@MendwellMariaDbTest
class CaseloadFiguresMariaDbTest extends CaseloadFiguresScenario {}
