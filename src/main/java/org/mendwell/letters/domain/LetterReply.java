package org.mendwell.letters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reply written under a released letter; never changed. */
@Entity
@Table(name = "letter_reply")
public class LetterReply {

    public static final int BODY_LIMIT = 4000;

    @Id
    private UUID id;

    @Column(name = "letter_id", nullable = false)
    private UUID letterId;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(nullable = false, length = BODY_LIMIT)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected LetterReply() {
        this(UUID.randomUUID(), UUID.randomUUID(), "", Instant.EPOCH);
    }

    public LetterReply(UUID letterId, UUID authorId, String body, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.letterId = letterId;
        this.authorId = authorId;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
