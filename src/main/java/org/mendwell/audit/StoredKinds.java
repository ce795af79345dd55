package org.mendwell.audit;

import java.util.Map;
import java.util.Optional;

/**
 * The kinds of entry the trail stores as English words ({@link SignInAudit}, {@link FailedMails}): the chain keeps
 * them as written, and the audit view words each in the reader's language by its message key.
 */
public final class StoredKinds {

    private static final Map<String, String> KEYS = Map.of(
            SignInAudit.PAUSED_SIGN_IN, "audit.kind.paused-sign-in",
            SignInAudit.FIRST_AFTER_ADMINISTRATOR_RESET, "audit.kind.first-after-reset",
            FailedMails.OPERATION, "audit.kind.mail-not-sent");

    private StoredKinds() {}

    /** The message key of an operation stored in words, if it is one of those kinds. */
    public static Optional<String> keyOf(String operation) {
        return Optional.ofNullable(KEYS.get(operation));
    }
}
