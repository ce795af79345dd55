package org.mendwell.triggers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client's trigger-log switches: the clinician's (on, reason, reassurance allowed) and the client's opt-in. */
@Entity
@Table(name = "trigger_log_setting")
public class TriggerLogSetting {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "safety_override_reason", length = 500)
    private @Nullable String safetyOverrideReason;

    @Column(name = "reassurance_allowed", nullable = false)
    private boolean reassuranceAllowed;

    @Column(name = "reassurance_opted_in", nullable = false)
    private boolean reassuranceOptedIn;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected TriggerLogSetting() {
        this(UUID.randomUUID(), Instant.EPOCH);
    }

    /** Everything off, as for a client nobody has chosen anything for. */
    public TriggerLogSetting(UUID clientId, Instant at) {
        this.clientId = clientId;
        this.changedAt = at;
    }

    public void clinicianChose(
            boolean enabled, boolean reassuranceAllowed, @Nullable String safetyOverrideReason, Instant at) {
        this.enabled = enabled;
        this.reassuranceAllowed = reassuranceAllowed;
        this.safetyOverrideReason = safetyOverrideReason;
        this.changedAt = at;
    }

    public void clientChose(boolean optedIn, Instant at) {
        this.reassuranceOptedIn = optedIn;
        this.changedAt = at;
    }

    public UUID getClientId() {
        return clientId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable String getSafetyOverrideReason() {
        return safetyOverrideReason;
    }

    public boolean isReassuranceAllowed() {
        return reassuranceAllowed;
    }

    public boolean isReassuranceOptedIn() {
        return reassuranceOptedIn;
    }
}
