package org.mendwell.homework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a client sees of a template at one point in time: title, introduction and (separately) questions. */
@Entity
@Table(name = "exercise_template_version")
public class ExerciseTemplateVersion {

    @Id
    private UUID id;

    @Column(name = "template_id", nullable = false)
    private UUID templateId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(nullable = false, length = 600)
    private String introduction;

    /** SHA-256 of the content, so an unchanged built-in template is not versioned again at start-up. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The ISO 639-1 code of the language this version is written in. */
    @Column(nullable = false, length = 8)
    private String language;

    protected ExerciseTemplateVersion() {
        this(UUID.randomUUID(), 0, "", "", "", Instant.EPOCH);
    }

    public ExerciseTemplateVersion(
            UUID templateId, int number, String title, String introduction, String contentHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.templateId = templateId;
        this.number = number;
        this.title = title;
        this.introduction = introduction;
        this.contentHash = contentHash;
        this.createdAt = createdAt;
        this.language = "en";
    }

    /** A version in another language than English: a built-in exercise's translation. */
    public ExerciseTemplateVersion(
            UUID templateId,
            int number,
            String title,
            String introduction,
            String contentHash,
            Instant createdAt,
            String language) {
        this(templateId, number, title, introduction, contentHash, createdAt);
        this.language = language;
    }

    public String getLanguage() {
        return language;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
