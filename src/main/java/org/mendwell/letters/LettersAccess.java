package org.mendwell.letters;

import org.jspecify.annotations.Nullable;

/**
 * Whether the couple may exchange letters, for the clinician: a partner linked, the case flagged (on either
 * partner), and the written reason the clinician gave to open letters on a flagged case.
 */
public record LettersAccess(
        boolean hasPartner, boolean caseFlagged, @Nullable String openedReason) {

    public boolean open() {
        return hasPartner && (!caseFlagged || openedReason != null);
    }
}
