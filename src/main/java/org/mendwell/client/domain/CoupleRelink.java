package org.mendwell.client.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A clinician's proposal to link two former partners again. The link is made only when both have confirmed
 * in the portal; either may decline, and the clinician may withdraw it by proposing again or ending it.
 */
@Entity
@Table(name = "couple_relink")
public class CoupleRelink {

    @Id
    private UUID id;

    @Column(name = "first_client_id", nullable = false)
    private UUID firstClientId;

    @Column(name = "second_client_id", nullable = false)
    private UUID secondClientId;

    @Column(name = "clinician_id", nullable = false)
    private UUID clinicianId;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "first_consent_at")
    private @Nullable Instant firstConsentAt;

    @Column(name = "second_consent_at")
    private @Nullable Instant secondConsentAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    /** Why the clinician proposes it although the link ended for safety; never shown to either partner. */
    @Column(name = "safety_reason", length = 500)
    private @Nullable String safetyReason;

    /** LINKED, DECLINED or WITHDRAWN once closed. */
    @Column(length = 16)
    private @Nullable String outcome;

    @Version
    private long version;

    protected CoupleRelink() {
        this(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, Instant.EPOCH);
    }

    public CoupleRelink(
            UUID firstClientId,
            UUID secondClientId,
            UUID clinicianId,
            @Nullable String safetyReason,
            Instant proposedAt) {
        this.id = UUID.randomUUID();
        this.safetyReason = safetyReason;
        this.firstClientId = firstClientId;
        this.secondClientId = secondClientId;
        this.clinicianId = clinicianId;
        this.proposedAt = proposedAt;
    }

    /** Records this client's confirmation; true when both partners have now confirmed. */
    public boolean consent(UUID clientId, Instant at) {
        if (clientId.equals(firstClientId) && firstConsentAt == null) {
            firstConsentAt = at;
        } else if (clientId.equals(secondClientId) && secondConsentAt == null) {
            secondConsentAt = at;
        }
        return firstConsentAt != null && secondConsentAt != null;
    }

    public boolean consented(UUID clientId) {
        return clientId.equals(firstClientId) ? firstConsentAt != null : secondConsentAt != null;
    }

    public void close(String how, Instant at) {
        this.outcome = how;
        this.closedAt = at;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean involves(UUID clientId) {
        return firstClientId.equals(clientId) || secondClientId.equals(clientId);
    }

    public UUID otherThan(UUID clientId) {
        return firstClientId.equals(clientId) ? secondClientId : firstClientId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClinicianId() {
        return clinicianId;
    }

    public @Nullable String getSafetyReason() {
        return safetyReason;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }
}
