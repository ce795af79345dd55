package org.mendwell.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link to choose a new password. A newer link, or a password change through a link,
 * marks the older ones used.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends OneTimeLink {

    /** The administrator who asked for this link; null when the owner asked. */
    @Column(name = "requested_by")
    private @Nullable UUID requestedBy;

    protected PasswordReset() {
        this(UUID.randomUUID(), "", Instant.EPOCH, Instant.EPOCH);
    }

    public PasswordReset(UUID accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(accountId, tokenHash, createdAt, expiresAt);
    }

    public PasswordReset requestedBy(UUID administrator) {
        this.requestedBy = administrator;
        return this;
    }

    public @Nullable UUID getRequestedBy() {
        return requestedBy;
    }
}
