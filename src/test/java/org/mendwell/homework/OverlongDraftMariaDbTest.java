package org.mendwell.homework;

import org.mendwell.support.MendwellMariaDbTest;

/** Over-limit drafts in their longtext columns on a real MariaDB server. */
@MendwellMariaDbTest
class OverlongDraftMariaDbTest extends OverlongDraftScenario {}
