package org.mendwell.account.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone whose password was right and who still has to give a code (or first set up their app),
 * kept in the session until then. They are not signed in: no role, no page but the second step.
 */
public record PendingSignIn(UUID accountId, String email, boolean mustEnrol, Instant passwordCheckedAt)
        implements Serializable {

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
