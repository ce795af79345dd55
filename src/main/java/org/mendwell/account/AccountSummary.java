package org.mendwell.account;

import java.time.Instant;
import java.util.UUID;

/**
 * What the administrator sees of an account: never a password hash. {@code hasSignedIn}: its owner has signed
 * in at least once (only then may a clinician take clients over).
 */
public record AccountSummary(
        UUID id,
        String email,
        String displayName,
        Role role,
        boolean active,
        boolean locked,
        Instant createdAt,
        boolean hasSignedIn) {}
