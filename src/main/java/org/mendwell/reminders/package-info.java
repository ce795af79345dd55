/**
 * Reminders: a scheduled job that e-mails each active client, once a day in their own time zone,
 * which exercises are due today or overdue (titles and dates only), and each clinician a daily count
 * of new submissions (no names, no answers). Clients turn their reminders off and on themselves.
 *
 * <p>The job runs with nobody signed in, so it reads through small components the owning features
 * offer for this purpose ({@code ClientsForReminders}, {@code HomeworkForReminders}, ...) rather than
 * through their user-facing services. ShedLock keeps it to one instance at a time; the
 * {@code reminder_sent} table's key makes a second e-mail on the same local day impossible even so.
 */
@NullMarked
package org.mendwell.reminders;

import org.jspecify.annotations.NullMarked;
