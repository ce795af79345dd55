package org.mendwell.homework;

import org.mendwell.support.MendwellMariaDbTest;

/** Exercise names in SQL and JPQL on a real MariaDB server. */
@MendwellMariaDbTest
class ExerciseNamesMariaDbTest extends ExerciseNamesScenario {}
