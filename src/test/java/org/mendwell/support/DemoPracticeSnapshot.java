package org.mendwell.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;

/**
 * The database of a test context as it was when the application had started (migrated and seeded with the
 * demo practice), written once to a script file, and put back after each test class or method marked
 * {@link ChangesDemoPractice}: H2's {@code SCRIPT} and {@code RUNSCRIPT} take milliseconds where starting a
 * new application takes seconds. On another database (the MariaDB suite) the context is marked dirty instead,
 * as {@code @DirtiesContext} would. Registered for every test context in META-INF/spring.factories.
 */
public final class DemoPracticeSnapshot implements ApplicationListener<ApplicationReadyEvent> {

    private final DataSource dataSource;
    private @Nullable Path script;

    DemoPracticeSnapshot(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (script == null && isH2()) {
            try {
                Path file = Files.createTempFile("mendwell-demo-practice-", ".sql");
                file.toFile().deleteOnExit();
                execute("SCRIPT NOPASSWORDS NOSETTINGS TO '" + file + "'");
                script = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Puts the database back as seeded; false where there is no snapshot (not H2). */
    boolean restore() {
        if (script == null) {
            return false;
        }
        execute("DROP ALL OBJECTS");
        execute("RUNSCRIPT FROM '" + script + "'");
        return true;
    }

    private boolean isH2() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    /**
     * Makes the snapshot a bean of every test context. The one customizer instance is given to every class, so
     * it is equal for all of them and never splits a context.
     */
    public static class Customizers implements ContextCustomizerFactory {

        private static final ContextCustomizer REGISTER_SNAPSHOT = (context, merged) -> {
            if (context instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition(
                        "demoPracticeSnapshot", new RootBeanDefinition(DemoPracticeSnapshot.class));
            }
        };

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
            return REGISTER_SNAPSHOT;
        }
    }

    /**
     * Restores the snapshot after a {@link ChangesDemoPractice} method or class. It runs first before and so
     * last after a test, once a test transaction has been rolled back and every other listener is done.
     */
    public static class RestoreAfterChanges implements TestExecutionListener, Ordered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterTestMethod(TestContext testContext) {
            if (AnnotatedElementUtils.hasAnnotation(testContext.getTestMethod(), ChangesDemoPractice.class)
                    && !restored(testContext)) {
                testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
                testContext.setAttribute(
                        DependencyInjectionTestExecutionListener.REINJECT_DEPENDENCIES_ATTRIBUTE, Boolean.TRUE);
            }
        }

        @Override
        public void afterTestClass(TestContext testContext) {
            if (AnnotatedElementUtils.hasAnnotation(testContext.getTestClass(), ChangesDemoPractice.class)
                    && !restored(testContext)) {
                testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
            }
        }

        private static boolean restored(TestContext testContext) {
            if (!testContext.hasApplicationContext()) {
                return true;
            }
            var snapshot = testContext
                    .getApplicationContext()
                    .getBeanProvider(DemoPracticeSnapshot.class)
                    .getIfUnique();
            return snapshot != null && snapshot.restore();
        }
    }
}
