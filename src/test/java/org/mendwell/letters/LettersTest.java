package org.mendwell.letters;

import org.mendwell.support.MendwellTest;

@MendwellTest
class LettersTest extends LettersScenario {}
