package org.mendwell.letters;

import org.mendwell.shared.DraftSave;

/**
 * What saving a letter draft did, and the version the page's copy now rests on.
 *
 * @param changedElsewhere the draft was saved from another tab or window since this page read it: nothing was saved,
 *     and {@code version} is the stored one, which the page may pass to keep its own words over it
 */
public record LetterDraftSave(DraftSave save, long version, boolean changedElsewhere) {

    public boolean complete() {
        return save.complete();
    }
}
