package org.mendwell.homework;

/** Where one due exercise stands: still to do, done, or cancelled with its assignment. */
public enum OccurrenceStatus {
    OPEN,
    SUBMITTED,
    CANCELLED
}
