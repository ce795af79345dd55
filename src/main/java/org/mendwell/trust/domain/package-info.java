/** The trust gap's threshold per couple, and its read of the daily check-in's scales from the homework tables. */
@NullMarked
package org.mendwell.trust.domain;

import org.jspecify.annotations.NullMarked;
