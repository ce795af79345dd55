package org.mendwell.trust.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The clinician's trust-gap threshold for a couple, kept on each partner's row (a couple has no row). */
@Entity
@Table(name = "trust_gap_threshold")
public class TrustGapThreshold {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Column(nullable = false)
    private int threshold;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected TrustGapThreshold() {
        this(UUID.randomUUID(), 0, Instant.EPOCH);
    }

    public TrustGapThreshold(UUID clientId, int threshold, Instant setAt) {
        this.clientId = clientId;
        this.threshold = threshold;
        this.setAt = setAt;
    }

    public void change(int newThreshold, Instant at) {
        this.threshold = newThreshold;
        this.setAt = at;
    }

    public UUID getClientId() {
        return clientId;
    }

    public int getThreshold() {
        return threshold;
    }
}
