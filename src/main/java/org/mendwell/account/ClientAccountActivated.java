package org.mendwell.account;

import java.time.Instant;
import java.util.UUID;

/** Published when an invited client has chosen their password; the client record follows it. */
public record ClientAccountActivated(UUID accountId, Instant at) {}
