package org.mendwell.support;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Argon2id at a test-only cost (1 MiB, one pass) instead of OWASP's 19 MiB and two passes, where
 * {@code mendwell.test.password-hashing=quick} (the "test" profile): every test context seeds the demo
 * practice through the real sign-up, one hash per person, and the sign-in tests hash on every try.
 * Same encoder, same format ({@code {argon2}$argon2id$...}), same code paths; only the cost differs.
 * Tests about the hashing itself or whose point depends on its cost ({@code PasswordHashingTest},
 * {@code SignInTimingTest}, {@code ParallelGuessesTest}) set the property to {@code production}; the
 * MariaDB suite never sets it. Registered for every test context in META-INF/spring.factories.
 */
public class QuickPasswordHashing implements ContextCustomizerFactory {

    static final String PROPERTY = "mendwell.test.password-hashing";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** Equal to every other, so that it never keeps two test classes from sharing a context. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            if (context instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition("quickPasswordHashing", new RootBeanDefinition(Swap.class));
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    /** Replaces the application's encoder by the same one at the test cost, when the property asks for it. */
    static final class Swap implements BeanPostProcessor, EnvironmentAware {

        private boolean quick;

        @Override
        public void setEnvironment(Environment environment) {
            quick = "quick".equals(environment.getProperty(PROPERTY));
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (quick && bean instanceof DelegatingPasswordEncoder && beanName.equals("passwordEncoder")) {
                var encoders = Map.<String, PasswordEncoder>of(
                        "argon2", new Argon2PasswordEncoder(16, 32, 1, 1024, 1),
                        "bcrypt", new BCryptPasswordEncoder());
                return new DelegatingPasswordEncoder("argon2", encoders);
            }
            return bean;
        }
    }
}
