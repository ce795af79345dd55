package org.mendwell.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.intake.IntakeAnswers;

/** A client's intake: a draft until submitted, then read-only for good. */
@Entity
@Table(name = "intake")
public class Intake {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Embedded
    private IntakeAnswers answers = new IntakeAnswers();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "signed_at")
    private @Nullable Instant signedAt;

    @Column(name = "consent_version")
    private @Nullable Integer consentVersion;

    /** The language of the consent text signed (a {@code Language} code). */
    @Column(name = "consent_language", length = 8)
    private @Nullable String consentLanguage;

    @Version
    private long version;

    protected Intake() {
        this(UUID.randomUUID(), Instant.EPOCH);
    }

    public Intake(UUID clientId, Instant createdAt) {
        this.clientId = clientId;
        this.updatedAt = createdAt;
    }

    public void saveDraft(IntakeAnswers newAnswers, Instant at) {
        requireDraft();
        this.answers = newAnswers.copy();
        this.updatedAt = at;
    }

    public void submit(int signedConsentVersion, String signedConsentLanguage, Instant at) {
        requireDraft();
        this.submittedAt = at;
        this.signedAt = at;
        this.consentVersion = signedConsentVersion;
        this.consentLanguage = signedConsentLanguage;
        this.updatedAt = at;
    }

    private void requireDraft() {
        if (submittedAt != null) {
            throw new IllegalStateException("A submitted intake cannot change");
        }
    }

    public UUID getClientId() {
        return clientId;
    }

    public IntakeAnswers getAnswers() {
        return answers.copy();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public @Nullable Instant getSignedAt() {
        return signedAt;
    }

    public @Nullable Integer getConsentVersion() {
        return consentVersion;
    }

    public @Nullable String getConsentLanguage() {
        return consentLanguage;
    }
}
