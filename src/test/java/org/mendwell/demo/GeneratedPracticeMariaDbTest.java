package org.mendwell.demo;

import org.mendwell.support.MendwellMariaDbTest;

/** The generated practice on a real MariaDB server. */
@MendwellMariaDbTest
class GeneratedPracticeMariaDbTest extends GeneratedPracticeScenario {}
