package org.mendwell.agreements;

/** How often a promise is due: every day, on chosen weekdays, or once a week on the start's weekday. */
public enum Frequency {
    DAILY,
    WEEKDAYS,
    WEEKLY
}
