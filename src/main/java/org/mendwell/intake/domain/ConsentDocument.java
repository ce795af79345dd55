package org.mendwell.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the practice's consent texts. Versions are never edited, only added. */
@Entity
@Table(name = "consent_document")
public class ConsentDocument {

    @Id
    private int version;

    @Column(name = "treatment_text", nullable = false, length = 8000)
    private String treatmentText;

    @Column(name = "privacy_text", nullable = false, length = 8000)
    private String privacyText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConsentDocument() {
        this(0, "", "", Instant.EPOCH);
    }

    public ConsentDocument(int version, String treatmentText, String privacyText, Instant createdAt) {
        this.version = version;
        this.treatmentText = treatmentText;
        this.privacyText = privacyText;
        this.createdAt = createdAt;
    }

    public int getVersion() {
        return version;
    }

    public String getTreatmentText() {
        return treatmentText;
    }

    public String getPrivacyText() {
        return privacyText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
