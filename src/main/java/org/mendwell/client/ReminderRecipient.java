package org.mendwell.client;

import java.util.UUID;

/** A client the reminder job may write to: who they are, where their e-mail goes and whose language it is in. */
public record ReminderRecipient(UUID clientId, UUID accountId, String fullName, String email) {}
