package org.mendwell.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of the practice's consent texts, in one language. Versions are never edited, only added, and
 * numbered in one sequence across languages, so a version names exactly one text.
 */
@Entity
@Table(name = "consent_document")
public class ConsentDocument {

    @Id
    private int version;

    /** A {@code Language} code. */
    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "treatment_text", nullable = false, length = 8000)
    private String treatmentText;

    @Column(name = "privacy_text", nullable = false, length = 8000)
    private String privacyText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConsentDocument() {
        this(0, "en", "", "", Instant.EPOCH);
    }

    public ConsentDocument(int version, String language, String treatmentText, String privacyText, Instant createdAt) {
        this.version = version;
        this.language = language;
        this.treatmentText = treatmentText;
        this.privacyText = privacyText;
        this.createdAt = createdAt;
    }

    public int getVersion() {
        return version;
    }

    public String getLanguage() {
        return language;
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
