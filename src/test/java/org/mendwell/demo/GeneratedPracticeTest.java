package org.mendwell.demo;

import org.mendwell.support.MendwellTest;

/** The generated practice on H2 (MariaDB mode). */
@MendwellTest
class GeneratedPracticeTest extends GeneratedPracticeScenario {}
