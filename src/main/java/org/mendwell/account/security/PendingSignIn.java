package org.mendwell.account.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone whose password was right and who still has to give a code (or first set up their app),
 * kept in the session until then. They are not signed in: no role, no page but the second step.
 * {@code trustedDevice} is the nonce of the browser's valid device cookie for the account, if it had
 * one, so that wrong codes count against it as wrong passwords did.
 */
public record PendingSignIn(
        UUID accountId,
        String email,
        boolean mustEnrol,
        Instant passwordCheckedAt,
        @Nullable String trustedDevice) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute it is kept under. */
    public static final String ATTRIBUTE = PendingSignIn.class.getName();

    /** The code must follow the password within this time; then the password is asked again. */
    static final Duration VALIDITY = Duration.ofMinutes(5);

    boolean isFresh(Instant now) {
        return now.isBefore(passwordCheckedAt.plus(VALIDITY));
    }
}
