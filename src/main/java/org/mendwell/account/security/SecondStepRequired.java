package org.mendwell.account.security;

import java.io.Serial;
import org.mendwell.account.SignInAwaitingCode;
import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but signing in needs a code first (or setting up the app). Raised by the
 * password check so that the form log-in does not sign the person in; the failure handler turns it
 * into a {@link PendingSignIn} and sends them to the second step.
 */
class SecondStepRequired extends AuthenticationException implements SignInAwaitingCode {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient PendingSignIn pending;

    SecondStepRequired(PendingSignIn pending) {
        super("A second factor is required");
        this.pending = pending;
    }

    PendingSignIn pending() {
        return pending;
    }
}
