package org.mendwell.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A one-time link to choose a password, which the clinician may also revoke. */
@Entity
@Table(name = "invitation")
public class Invitation extends OneTimeLink {

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected Invitation() {
        this(UUID.randomUUID(), "", Instant.EPOCH, Instant.EPOCH);
    }

    public Invitation(UUID accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(accountId, tokenHash, createdAt, expiresAt);
    }

    @Override
    public boolean isUsable(Instant now) {
        return revokedAt == null && super.isUsable(now);
    }

    public void revoke(Instant at) {
        if (getUsedAt() == null && revokedAt == null) {
            this.revokedAt = at;
        }
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }
}
