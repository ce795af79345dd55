package org.mendwell.letters.ui;

import java.util.UUID;
import org.mendwell.shared.RecordNotFoundException;

/** A letter's id from the address; anything else is a letter that is not found, never an error page. */
final class LetterIds {

    private LetterIds() {}

    static UUID parse(String parameter) {
        try {
            return UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("Letter"); // the same in every language: the log's, not shown
        }
    }
}
