package org.mendwell.client;

import java.util.UUID;

/** What a client sees of their own record. */
public record ClientProfile(UUID clientId, String fullName, ClientStatus status) {
}
