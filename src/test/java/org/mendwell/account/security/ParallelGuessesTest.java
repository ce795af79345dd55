package org.mendwell.account.security;

import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.MendwellTest;
import org.springframework.test.context.TestPropertySource;

@MendwellTest
// Checks overlap only while each hash takes as long as in production.
@TestPropertySource(properties = "mendwell.test.password-hashing=production")
@ChangesDemoPractice
class ParallelGuessesTest extends ParallelGuessesScenario {}
