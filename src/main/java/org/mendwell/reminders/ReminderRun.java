package org.mendwell.reminders;

/** What one run of the reminder job sent, and how many sends failed (to be retried by a later run). */
public record ReminderRun(int reminders, int digests, int failed) {

    static final ReminderRun NOTHING = new ReminderRun(0, 0, 0);
}
