package org.mendwell.account;

import java.util.UUID;

/** A clinician the daily digest may go to. */
public record DigestRecipient(UUID accountId, String displayName, String email) {}
