package org.mendwell.triggers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** "Your partner would welcome some reassurance": to whom and when, and nothing of the log behind it. */
@Entity
@Table(name = "reassurance_notice")
public class ReassuranceNotice {

    @Id
    private UUID id;

    @Column(name = "to_client_id", nullable = false)
    private UUID toClientId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "seen_at")
    private @Nullable Instant seenAt;

    protected ReassuranceNotice() {
        this(UUID.randomUUID(), Instant.EPOCH);
    }

    public ReassuranceNotice(UUID toClientId, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.toClientId = toClientId;
        this.sentAt = sentAt;
    }

    public void seen(Instant at) {
        if (seenAt == null) {
            seenAt = at;
        }
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public @Nullable Instant getSeenAt() {
        return seenAt;
    }
}
