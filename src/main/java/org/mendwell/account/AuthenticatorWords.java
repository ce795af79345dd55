package org.mendwell.account;

import org.mendwell.shared.i18n.Messages;

/** Words about the authenticator app that the service and its pages share, in the reader's language. */
public final class AuthenticatorWords {

    /** A wrong code where a recovery code would also do (signing in, changes to the account). */
    public static String wrongCodeOrRecoveryCode() {
        return Messages.ofPage("account.code.wrong-or-recovery");
    }

    private AuthenticatorWords() {}
}
