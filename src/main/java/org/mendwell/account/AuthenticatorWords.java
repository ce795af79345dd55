package org.mendwell.account;

/**
 * The words people see for the second step of signing in, kept in one place so every screen, message
 * and e-mail says the same: an <em>authenticator app</em> on their phone shows a <em>code</em>; a
 * <em>recovery code</em> stands in for it, once each, when the phone is lost.
 */
public final class AuthenticatorWords {

    /** The label of every field that asks for the app's code. */
    public static final String CODE_FIELD = "Code from your authenticator app";

    /** A wrong code where only the app's code will do (setting the app up). */
    public static final String WRONG_CODE =
            "That code didn't match. Open your authenticator app and type the code " + "it shows now";

    /** A wrong code where a recovery code would also do (signing in, changes to the account). */
    public static final String WRONG_CODE_OR_RECOVERY_CODE = "That code didn't match. Type the code your "
            + "authenticator app shows now, or one of your recovery codes";

    private AuthenticatorWords() {}
}
