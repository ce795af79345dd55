package org.mendwell.account.security;

import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.MendwellWebTest;
import org.springframework.test.context.TestPropertySource;

// A real server it does not use, so that it shares SignInTimingTest's application (same cost, same settings).
@MendwellWebTest
// Checks overlap only while each hash takes as long as in production.
@TestPropertySource(properties = "mendwell.test.password-hashing=production")
@ChangesDemoPractice
class ParallelGuessesTest extends ParallelGuessesScenario {}
