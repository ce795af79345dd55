package org.mendwell.reminders;

import org.mendwell.support.MendwellMariaDbTest;

/** The race on a real MariaDB server, where row locks and duplicate keys behave as in production. */
@MendwellMariaDbTest
class ReminderRaceMariaDbTest extends ReminderRaceScenario {}
