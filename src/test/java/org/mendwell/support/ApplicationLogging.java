package org.mendwell.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Puts the JVM's logging back as a plain test application has it, for a test class that changed it (its own
 * levels, the JSON format). Logging is configured once per JVM, not per application context: an application
 * started later keeps a structured format an earlier one chose (Spring Boot sets it as a system property, only
 * where none is set yet), and one already started never configures it again. Without this, every class that ran
 * after the JSON-log test logged JSON, the plain-format log test included.
 */
public final class ApplicationLogging {

    private ApplicationLogging() {}

    /** The console pattern, and the levels of application.properties. */
    public static void restore() {
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
        LoggingSystem logging = LoggingSystem.get(ApplicationLogging.class.getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        var environment = new StandardEnvironment();
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        logging.initialize(new LoggingInitializationContext(environment), null, null);
        Binder.get(environment)
                .bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
                .ifBound(levels -> levels.forEach(logging::setLogLevel));
    }
}
