package org.mendwell.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global holder at the running test's application context before each test.
 *
 * <p>Vaadin gives every application context its own security-context strategy (with its own thread
 * local) and installs it globally when that context starts. Once two test contexts are cached (the
 * demo context and, say, the reminder tests' context with a mail server and a hand-set clock), the
 * global holder belongs to whichever started last, while {@code @WithUserDetails} signs in through
 * the running test's own strategy: services would then see nobody signed in. Runs before Spring
 * Security's listener (order 10000). Registered in META-INF/spring.factories, so every test class
 * gets it, the MariaDB suite included.
 */
public class SecurityStrategyOfTheTestContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
