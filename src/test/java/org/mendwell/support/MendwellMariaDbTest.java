package org.mendwell.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link MendwellTest} on the MariaDB server named by {@code MENDWELL_TEST_DB_URL} (the "mariadb-test" profile),
 * run only by {@code ./mvnw -Pmariadb-tests test}. Test classes that add nothing else share one application
 * context; the database outlives it, seeded once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("mariadb")
@SpringBootTest
@ActiveProfiles("mariadb-test")
@Import(TestClock.class)
public @interface MendwellMariaDbTest {}
