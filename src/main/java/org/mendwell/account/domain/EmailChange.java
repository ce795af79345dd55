package org.mendwell.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link, sent to the address a person asked to sign in with, that makes it their sign-in
 * address when opened. A newer request, or the change itself, marks the older ones used.
 */
@Entity
@Table(name = "email_change")
public class EmailChange extends OneTimeLink {

    @Column(name = "new_email", nullable = false, length = 254)
    private String newEmail;

    protected EmailChange() {
        this(UUID.randomUUID(), "", "", Instant.EPOCH, Instant.EPOCH);
    }

    public EmailChange(UUID accountId, String newEmail, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(accountId, tokenHash, createdAt, expiresAt);
        this.newEmail = Account.normaliseEmail(newEmail);
    }

    public String getNewEmail() {
        return newEmail;
    }
}
