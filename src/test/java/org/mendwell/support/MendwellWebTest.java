package org.mendwell.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link MendwellTest} behind a real server on a random port (read it with {@code @LocalServerPort}), for
 * tests over real HTTP. Test classes that add nothing else share one application context and server.
 *
 * <p>With the shared {@link TestMailServer}, as a deployed portal has mail: whether mail is on is part of the
 * application context's key, and with and without it each JVM started two servers (about ten seconds each).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
@WithTestMailServer
public @interface MendwellWebTest {}
