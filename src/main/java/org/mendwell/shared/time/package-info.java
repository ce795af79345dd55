/**
 * Time as each person reads it: the one place that decides a person's time zone and locale and
 * writes dates and times for them. Views and e-mails ask here; none of them formats with a zone of its own.
 */
@NullMarked
package org.mendwell.shared.time;

import org.jspecify.annotations.NullMarked;
