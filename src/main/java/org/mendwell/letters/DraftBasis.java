package org.mendwell.letters;

import java.util.UUID;

/**
 * What a page's copy of a letter draft rests on: the page (an editor id it made up when it opened) and the version
 * of the letter it last read or saved. A save from a copy the letter has moved past is not made.
 */
public record DraftBasis(UUID editor, long version) {}
