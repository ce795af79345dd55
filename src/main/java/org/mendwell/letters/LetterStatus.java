package org.mendwell.letters;

/**
 * Where a letter stands. Only the writer sees a DRAFT (and a RETURNED letter while they rework it); the
 * clinician decides on a SUBMITTED one; the partner reads only a RELEASED one, and of FOR_SESSION learns only
 * that a letter waits for the session.
 */
public enum LetterStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    RELEASED,
    FOR_SESSION;

    /** The writer may still change the words. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The clinician may decide: a submitted letter, or one kept for the session that may be released after it. */
    public boolean decidable() {
        return this == SUBMITTED || this == FOR_SESSION;
    }
}
