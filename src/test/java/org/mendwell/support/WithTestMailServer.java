package org.mendwell.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application under test sends its mail to the {@link TestMailServer} shared by the test run (autowire
 * it), with links to {@link TestMailServer#PUBLIC_URL}; the server is emptied before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface WithTestMailServer {}
