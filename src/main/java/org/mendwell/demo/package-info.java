/**
 * Invented demo data for the embedded database: a practice with an administrator, two clinicians
 * and their clients. It is created through the same services a person would use, signed in as
 * that person. Never enabled in production (the mariadb profile switches it off, and start-up
 * refuses accounts that still use the demo password).
 */
@NullMarked
package org.mendwell.demo;

import org.jspecify.annotations.NullMarked;
