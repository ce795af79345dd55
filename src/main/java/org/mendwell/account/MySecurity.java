package org.mendwell.account;

import org.jspecify.annotations.Nullable;

/**
 * What the account page shows of the signed-in person's own sign-in settings; {@code pendingEmail} is
 * an address waiting for its link to be opened.
 */
public record MySecurity(
        boolean mfaEnabled,
        int recoveryCodesLeft,
        boolean mfaRequiredForMe,
        @Nullable String pendingEmail) {}
