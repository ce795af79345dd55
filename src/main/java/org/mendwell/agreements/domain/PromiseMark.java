package org.mendwell.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.agreements.Outcome;

/** The promiser's word on one due day of an agreement, and the partner's "I noticed". */
@Entity
@Table(name = "promise_mark")
public class PromiseMark {

    @Id
    private UUID id;

    @Column(name = "agreement_id", nullable = false)
    private UUID agreementId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(length = 500)
    private @Nullable String note;

    @Column(name = "note_shared", nullable = false)
    private boolean noteShared;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    @Version
    private long version;

    protected PromiseMark() {
        this.id = new UUID(0, 0);
        this.agreementId = id;
        this.clientId = id;
        this.dueDate = LocalDate.EPOCH;
        this.outcome = Outcome.KEPT;
        this.markedAt = Instant.EPOCH;
    }

    public PromiseMark(UUID agreementId, UUID clientId, LocalDate dueDate) {
        this.id = UUID.randomUUID();
        this.agreementId = agreementId;
        this.clientId = clientId;
        this.dueDate = dueDate;
        this.outcome = Outcome.KEPT;
        this.markedAt = Instant.EPOCH;
    }

    /** A changed word about the day; an "I noticed" belongs to a kept day only, so it goes when the day is not. */
    public void mark(Outcome outcome, @Nullable String note, boolean noteShared, Instant at) {
        this.outcome = outcome;
        this.note = note;
        this.noteShared = note != null && noteShared;
        this.markedAt = at;
        if (outcome != Outcome.KEPT) {
            acknowledgedAt = null;
        }
    }

    public void acknowledge(Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getAgreementId() {
        return agreementId;
    }

    public UUID getClientId() {
        return clientId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public @Nullable String getNote() {
        return note;
    }

    public boolean isNoteShared() {
        return noteShared;
    }

    public @Nullable Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
