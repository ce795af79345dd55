package org.mendwell.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A one-time code for signing in without the authenticator app; only a password hash of it is stored.
 * It is used up by {@link RecoveryCodeRepository#useIfUnused}, one conditional update, so that two
 * sessions typing it at once cannot both be let in.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected RecoveryCode() {
        this(UUID.randomUUID(), "");
    }

    public RecoveryCode(UUID accountId, String codeHash) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    public UUID getId() {
        return id;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
