package org.mendwell.intake.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * Answers kept as typed that their own column cannot hold: a text over its limit until it fits (the
     * column keeps its limit), and the text of a refused date of birth under {@code dateOfBirth}.
     */
    @ElementCollection
    @CollectionTable(name = "intake_overlong_answer", joinColumns = @JoinColumn(name = "client_id"))
    @MapKeyColumn(name = "property", length = 40)
    // longtext, the same on H2 and MariaDB (a CLOB would not be: H2's MariaDB mode reads longtext as varchar).
    @Column(name = "typed", nullable = false, columnDefinition = "longtext")
    private Map<String, String> overlongAnswers = new HashMap<>();

    @Version
    private long version;

    protected Intake() {
        this(UUID.randomUUID(), Instant.EPOCH);
    }

    public Intake(UUID clientId, Instant createdAt) {
        this.clientId = clientId;
        this.updatedAt = createdAt;
    }

    /**
     * @param overlong the answers over their limit, as typed, by property; every other answer's
     *                 over-limit text is dropped, since it now fits or was cleared
     */
    public void saveDraft(IntakeAnswers newAnswers, Map<String, String> overlong, Instant at) {
        requireDraft();
        this.answers = newAnswers.copy();
        this.overlongAnswers.keySet().retainAll(overlong.keySet());
        this.overlongAnswers.putAll(overlong);
        this.updatedAt = at;
    }

    public void submit(int signedConsentVersion, String signedConsentLanguage, Instant at) {
        requireDraft();
        overlongAnswers.clear();
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

    /** The draft's answers kept as typed, by property: over their limit, or a refused date of birth's text. */
    public Map<String, String> getOverlongAnswers() {
        return Map.copyOf(overlongAnswers);
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
