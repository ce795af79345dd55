package org.mendwell.support;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Empties the sign-in throttle's table before each test class that shares an application already started, so
 * that refused sign-ins an earlier class made do not pause this class's sign-ins. The table is outside what
 * {@link ChangesDemoPractice} restores (every sign-in writes to it), and which class runs before which depends on
 * the run: with two test JVMs each takes classes from one queue, in another order every time (a class that had
 * relied on running early failed that way). Before the class, not after the previous one: a class may leave its
 * database unreachable when it ends (the MariaDB outage test closes its relay), and a new application starts with
 * its own empty database. Registered in META-INF/spring.factories for every test class.
 */
public class SignInThrottleEmptied implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(DataSource.class)
                    .ifUnique(dataSource -> new JdbcTemplate(dataSource).update("delete from sign_in_throttle"));
        }
    }
}
