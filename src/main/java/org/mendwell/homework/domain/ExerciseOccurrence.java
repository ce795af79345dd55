package org.mendwell.homework.domain;

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
import org.mendwell.homework.OccurrenceStatus;

/** One time an assignment is due, with its due moment fixed in the client's time zone when it was given. */
@Entity
@Table(name = "exercise_occurrence")
public class ExerciseOccurrence {

    @Id
    private UUID id;

    @Column(name = "assignment_id", nullable = false)
    private UUID assignmentId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(nullable = false)
    private int number;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OccurrenceStatus status;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Version
    private long version;

    protected ExerciseOccurrence() {
        this(UUID.randomUUID(), UUID.randomUUID(), 0, LocalDate.EPOCH, Instant.EPOCH);
    }

    public ExerciseOccurrence(UUID assignmentId, UUID clientId, int number, LocalDate dueDate, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.assignmentId = assignmentId;
        this.clientId = clientId;
        this.number = number;
        this.dueDate = dueDate;
        this.dueAt = dueAt;
        this.status = OccurrenceStatus.OPEN;
    }

    /** Open occurrences end with the assignment; submitted ones are kept. */
    public void cancel() {
        if (status == OccurrenceStatus.OPEN) {
            status = OccurrenceStatus.CANCELLED;
        }
    }

    public void markSubmitted(Instant at) {
        if (status != OccurrenceStatus.OPEN) {
            throw new IllegalStateException("Only an open occurrence can be submitted, this one is " + status);
        }
        status = OccurrenceStatus.SUBMITTED;
        submittedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getAssignmentId() {
        return assignmentId;
    }

    public UUID getClientId() {
        return clientId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public OccurrenceStatus getStatus() {
        return status;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
