package org.mendwell.letters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.LetterStatus;

/**
 * A letter from one partner to the other. It moves DRAFT → SUBMITTED → RELEASED, FOR_SESSION or RETURNED
 * (then back to SUBMITTED); the service checks who may move it. Ending the couple link withdraws it.
 */
@Entity
@Table(name = "letter")
public class Letter {

    /**
     * The most a letter may count by {@code PlainText.length} (UTF-16 units, ends stripped, an emoji counting two),
     * and the size of its column: a column of this many characters holds any such text on H2 and on MariaDB's
     * utf8mb4 (which counts an emoji as one), since the words are stored stripped.
     */
    public static final int BODY_LIMIT = 8000;

    public static final int COMMENT_LIMIT = 2000;

    @Id
    private UUID id;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LetterKind kind;

    @Column(nullable = false, length = BODY_LIMIT)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LetterStatus status;

    @Column(name = "clinician_comment", length = COMMENT_LIMIT)
    private @Nullable String clinicianComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    /** A draft over {@link #BODY_LIMIT} as it was typed, kept until it fits again; {@code body} keeps the last that fitted. */
    @Column(name = "overlong_body", columnDefinition = "longtext")
    private @Nullable String overlongBody;

    /** The open page that saved the draft last (see {@code MyLettersService.saveDraft}). */
    @Column(name = "draft_editor")
    private @Nullable UUID draftEditor;

    @Version
    private long version;

    protected Letter() {
        this(UUID.randomUUID(), UUID.randomUUID(), LetterKind.APOLOGY, Instant.EPOCH);
    }

    public Letter(UUID authorId, UUID recipientId, LetterKind kind, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.authorId = authorId;
        this.recipientId = recipientId;
        this.kind = kind;
        this.body = "";
        this.status = LetterStatus.DRAFT;
        this.createdAt = createdAt;
        this.savedAt = createdAt;
    }

    public void saveDraft(String text, Instant at) {
        this.body = text;
        this.overlongBody = null;
        this.savedAt = at;
    }

    /**
     * Keeps a draft that is over its limit as typed (from one open page, or from a refused send when {@code editor}
     * is null): saved, but not to be sent as it is.
     */
    public void keepOverlong(String text, Instant at, @Nullable UUID editor) {
        this.overlongBody = text;
        this.savedAt = at;
        if (editor != null) {
            this.draftEditor = editor;
        }
    }

    /** The draft as its writer last typed it: the over-limit text when that is what was kept last. */
    public String draftText() {
        return overlongBody != null ? overlongBody : body;
    }

    /** Saves the draft from one open page, remembered as the last to save it. */
    public void saveDraft(String text, Instant at, UUID editor) {
        saveDraft(text, at);
        this.draftEditor = editor;
    }

    /**
     * Whether a page's copy, read or saved at {@code version} by {@code editor}, is older than what is stored: the
     * draft was saved since, and not by that page (its own save whose answer it has not had yet is not newer).
     */
    public boolean changedSince(long version, UUID editor) {
        return this.version != version && !editor.equals(draftEditor);
    }

    public void submit(Instant at) {
        this.status = LetterStatus.SUBMITTED;
        this.submittedAt = at;
    }

    /** The clinician's decision: released, kept for the session, or returned with a comment. */
    public void decide(LetterStatus decision, @Nullable String comment, UUID clinicianId, Instant at) {
        this.status = decision;
        this.clinicianComment = comment;
        this.decidedBy = clinicianId;
        this.decidedAt = at;
    }

    public void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public UUID getRecipientId() {
        return recipientId;
    }

    public LetterKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public LetterStatus getStatus() {
        return status;
    }

    public @Nullable String getClinicianComment() {
        return clinicianComment;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
