package org.mendwell.homework;

import org.mendwell.support.MendwellMariaDbTest;

/** The occurrence rules' truth table on a real MariaDB server. */
@MendwellMariaDbTest
class OccurrenceRulesMariaDbTest extends OccurrenceRulesScenario {}
