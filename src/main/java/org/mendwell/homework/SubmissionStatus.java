package org.mendwell.homework;

/** A submission is a draft while the client types, and read-only once submitted. */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED
}
