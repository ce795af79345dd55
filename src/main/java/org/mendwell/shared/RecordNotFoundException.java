package org.mendwell.shared;

/**
 * A record that does not exist or that the signed-in person may not see. Services use the same
 * answer for both, so that nobody can learn that someone else's record exists.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + " not found");
    }
}
