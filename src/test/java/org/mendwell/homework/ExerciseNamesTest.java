package org.mendwell.homework;

import org.mendwell.support.MendwellTest;

@MendwellTest
class ExerciseNamesTest extends ExerciseNamesScenario {}
