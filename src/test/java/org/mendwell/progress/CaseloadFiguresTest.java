package org.mendwell.progress;

import org.mendwell.support.MendwellTest;

@MendwellTest
class CaseloadFiguresTest extends CaseloadFiguresScenario {}
