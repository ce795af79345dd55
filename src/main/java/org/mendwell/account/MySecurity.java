package org.mendwell.account;

/** What the account page shows of the signed-in person's own sign-in settings. */
public record MySecurity(boolean mfaEnabled, int recoveryCodesLeft, boolean mfaRequiredForMe) {
}
