package org.mendwell.reminders;

import org.mendwell.support.MendwellTest;

/** The race on H2 (MariaDB mode), in the normal suite. */
@MendwellTest
class ReminderRaceTest extends ReminderRaceScenario {}
