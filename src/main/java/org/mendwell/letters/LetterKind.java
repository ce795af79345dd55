package org.mendwell.letters;

/** What a letter is for; the writer chooses, the clinician and the partner read it as such. */
public enum LetterKind {
    DISCLOSURE,
    APOLOGY,
    IMPACT
}
