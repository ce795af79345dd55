package org.mendwell.support;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Empties the sign-in throttle's table after each test class, so that refused sign-ins one class made do not
 * pause the next class's sign-ins. The table is outside what {@link ChangesDemoPractice} restores (every sign-in
 * writes to it), and which class runs next depends on the run: with two test JVMs each takes classes from one
 * queue, in another order every time (a class that had relied on running early failed that way). Registered in
 * META-INF/spring.factories for every test class.
 */
public class SignInThrottleEmptied implements TestExecutionListener {

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(DataSource.class)
                    .ifUnique(dataSource -> new JdbcTemplate(dataSource).update("delete from sign_in_throttle"));
        }
    }
}
