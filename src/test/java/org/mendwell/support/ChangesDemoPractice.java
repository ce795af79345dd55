package org.mendwell.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class (or method) commits changes to the demo practice that other classes sharing its application
 * context would see. After it, {@link DemoPracticeSnapshot} puts the database back as it was seeded, in a
 * fraction of a second, instead of {@code @DirtiesContext} starting a whole new application for the next class.
 * Keep {@code @DirtiesContext} only where something other than the database must start afresh.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface ChangesDemoPractice {}
