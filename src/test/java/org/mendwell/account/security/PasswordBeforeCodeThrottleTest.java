package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Someone who holds the password but not the phone: the right password must not wipe the failed
 * codes, or they could guess codes without end (three wrong codes, the password again, three more).
 */
@MendwellTest
@ChangesDemoPractice
class PasswordBeforeCodeThrottleTest {

    @Autowired
    PasswordSignIn passwordSignIn;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SignInFixtures fixtures;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    @Test
    void a_right_password_awaiting_its_code_does_not_clear_the_failed_codes() {
        fixtures.enrol(Demo.CLINICIAN);
        for (int wrongCode = 0; wrongCode < 3; wrongCode++) {
            throttle.recordFailure(Demo.CLINICIAN, "unknown");
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(throttle.mustWait(Demo.CLINICIAN, "unknown"))
                .as("after the wait")
                .isFalse();

        assertThatThrownBy(() -> passwordSignIn.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(Demo.CLINICIAN, Demo.PASSWORD)))
                .isInstanceOf(SecondStepRequired.class);

        throttle.recordFailure(Demo.CLINICIAN, "unknown");
        assertThat(throttle.mustWait(Demo.CLINICIAN, "unknown"))
                .as("the fourth wrong code counts as the fourth failure, not the first")
                .isTrue();
    }
}
