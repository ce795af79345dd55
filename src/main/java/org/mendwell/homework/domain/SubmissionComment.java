package org.mendwell.homework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The clinician's feedback on a submission, or the client's reply to it. Never edited. */
@Entity
@Table(name = "submission_comment")
public class SubmissionComment {

    @Id
    private UUID id;

    @Column(name = "submission_id", nullable = false)
    private UUID submissionId;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(name = "from_clinician", nullable = false)
    private boolean fromClinician;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SubmissionComment() {
        this(UUID.randomUUID(), UUID.randomUUID(), false, "", Instant.EPOCH);
    }

    public SubmissionComment(UUID submissionId, UUID authorId, boolean fromClinician, String body, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.submissionId = submissionId;
        this.authorId = authorId;
        this.fromClinician = fromClinician;
        this.body = body;
        this.createdAt = createdAt;
    }

    public UUID getSubmissionId() {
        return submissionId;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public boolean isFromClinician() {
        return fromClinician;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
