package org.mendwell.reminders.domain;

/** The e-mails the reminder job sends, each at most once per recipient and local day. */
public enum ReminderKind {
    /** To a client: what is due today and overdue. The recipient is a client id. */
    CLIENT_REMINDER,
    /** To a clinician: how many submissions are new. The recipient is an account id. */
    CLINICIAN_DIGEST
}
