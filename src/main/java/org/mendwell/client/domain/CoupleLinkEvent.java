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
import org.mendwell.client.CoupleLink;

/**
 * One ending or re-linking of a couple, with why, or a declined proposal to link again (the client who declined
 * first): the history the clinician reads. Never changed.
 */
@Entity
@Table(name = "couple_link_event")
public class CoupleLinkEvent {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "clinician_id", nullable = false)
    private UUID clinicianId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoupleLink.Kind kind;

    @Column(length = 500)
    private @Nullable String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CoupleLinkEvent() {
        this(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                CoupleLink.Kind.LINKED_AGAIN,
                null,
                Instant.EPOCH);
    }

    public CoupleLinkEvent(
            UUID clientId,
            UUID partnerId,
            UUID clinicianId,
            CoupleLink.Kind kind,
            @Nullable String reason,
            Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.partnerId = partnerId;
        this.clinicianId = clinicianId;
        this.kind = kind;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    /** The other client of this event, seen from one of the two. */
    public UUID otherThan(UUID oneOfThem) {
        return clientId.equals(oneOfThem) ? partnerId : clientId;
    }

    /** Whether this client is the first named: the one who declined, for a declined proposal to link again. */
    public boolean firstNamed(UUID oneOfThem) {
        return clientId.equals(oneOfThem);
    }

    public CoupleLink.Kind getKind() {
        return kind;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
