package org.mendwell.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the {@link TestClock} back to the real time after each test class, so that a clock one class set
 * or pinned is not what the next class sharing the application context starts with. Registered in
 * META-INF/spring.factories for every test class.
 */
public class TestClockBackToNow implements TestExecutionListener {

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(MutableClock.class)
                    .ifUnique(MutableClock::backToNow);
        }
    }
}
