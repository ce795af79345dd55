package org.mendwell.client.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.ClientStatus;

/** One change of a client's status, kept for good: who made it, when, and why. */
@Entity
@Table(name = "client_status_event")
public class ClientStatusEvent {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    private @Nullable ClientStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    private ClientStatus toStatus;

    @Column(name = "actor_id", nullable = false)
    private UUID actorId;

    @Column(length = 500)
    private @Nullable String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** For a handover (V38): the clinician the client left, and the one they went to; null on any other row. */
    @Column(name = "handed_from")
    private @Nullable UUID handedFrom;

    @Column(name = "handed_to")
    private @Nullable UUID handedTo;

    protected ClientStatusEvent() {
        this(UUID.randomUUID(), null, ClientStatus.INVITED, UUID.randomUUID(), null, Instant.EPOCH);
    }

    public ClientStatusEvent(
            UUID clientId,
            @Nullable ClientStatus fromStatus,
            ClientStatus toStatus,
            UUID actorId,
            @Nullable String reason,
            Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actorId;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    /**
     * A handover: what happened in columns, worded in the reader's language when shown; {@code reason} holds only
     * what the administrator typed.
     */
    public static ClientStatusEvent handover(
            UUID clientId,
            ClientStatus status,
            UUID actorId,
            UUID fromClinicianId,
            UUID toClinicianId,
            @Nullable String reason,
            Instant occurredAt) {
        var event = new ClientStatusEvent(clientId, status, status, actorId, reason, occurredAt);
        event.handedFrom = fromClinicianId;
        event.handedTo = toClinicianId;
        return event;
    }

    public @Nullable UUID getHandedFrom() {
        return handedFrom;
    }

    public @Nullable UUID getHandedTo() {
        return handedTo;
    }

    public UUID getClientId() {
        return clientId;
    }

    public @Nullable ClientStatus getFromStatus() {
        return fromStatus;
    }

    public ClientStatus getToStatus() {
        return toStatus;
    }

    public UUID getActorId() {
        return actorId;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
