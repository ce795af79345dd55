package org.mendwell.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link to choose a new password. A newer link, or a password change through a link,
 * marks the older ones used.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends OneTimeLink {

    protected PasswordReset() {
        this(UUID.randomUUID(), "", Instant.EPOCH, Instant.EPOCH);
    }

    public PasswordReset(UUID accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(accountId, tokenHash, createdAt, expiresAt);
    }
}
