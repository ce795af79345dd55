package org.mendwell.letters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The clinician's written reason for opening letters on a couple case with a safety flag. */
@Entity
@Table(name = "letter_opening")
public class LetterOpening {

    public static final int REASON_LIMIT = 500;

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "clinician_id", nullable = false)
    private UUID clinicianId;

    @Column(nullable = false, length = REASON_LIMIT)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** Set when the couple link ends: a couple linked again needs a fresh reason. */
    @Column(name = "closed_at")
    private @org.jspecify.annotations.Nullable Instant closedAt;

    protected LetterOpening() {
        this(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "", Instant.EPOCH);
    }

    public LetterOpening(UUID clientId, UUID partnerId, UUID clinicianId, String reason, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.partnerId = partnerId;
        this.clinicianId = clinicianId;
        this.reason = reason;
        this.openedAt = openedAt;
    }

    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public String getReason() {
        return reason;
    }
}
