package org.mendwell.client;

import java.util.UUID;

/** A client the reminder job may write to: who they are and where their e-mail goes, nothing more. */
public record ReminderRecipient(UUID clientId, String fullName, String email) {}
