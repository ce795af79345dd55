package org.mendwell.client;

import java.time.Instant;
import java.util.UUID;

/** What the signed-in client sees of a proposal to link them with a former partner again. */
public record RelinkRequest(UUID proposalId, String partnerName, Instant proposedAt, boolean iConsented) {}
