package org.mendwell.triggers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One hard moment a client logged. Never edited; {@code helped} holds HelpedBy names, comma-separated. */
@Entity
@Table(name = "trigger_moment")
public class TriggerMoment {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private int intensity;

    @Column(name = "set_off_by", length = 500)
    private @Nullable String setOffBy;

    @Column(nullable = false, length = 200)
    private String helped;

    @Column(name = "helped_note", length = 500)
    private @Nullable String helpedNote;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected TriggerMoment() {
        this(UUID.randomUUID(), Instant.EPOCH, 0, null, "", null, Instant.EPOCH);
    }

    public TriggerMoment(
            UUID clientId,
            Instant occurredAt,
            int intensity,
            @Nullable String setOffBy,
            String helped,
            @Nullable String helpedNote,
            Instant loggedAt) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.occurredAt = occurredAt;
        this.intensity = intensity;
        this.setOffBy = setOffBy;
        this.helped = helped;
        this.helpedNote = helpedNote;
        this.loggedAt = loggedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public int getIntensity() {
        return intensity;
    }

    public @Nullable String getSetOffBy() {
        return setOffBy;
    }

    public String getHelped() {
        return helped;
    }

    public @Nullable String getHelpedNote() {
        return helpedNote;
    }
}
