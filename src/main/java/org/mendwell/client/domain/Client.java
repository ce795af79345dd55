package org.mendwell.client.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.ClientStatus;

/** A client's record with the practice. The sign-in account is separate (account module) and linked by id. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    private UUID id;

    @Column(name = "clinician_id", nullable = false)
    private UUID clinicianId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ClientStatus status;

    @Column(name = "safety_flag", nullable = false)
    private boolean safetyFlag;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    /** The other client of a couple case, always of the same clinician; null for individual work. */
    @Column(name = "partner_id")
    private @Nullable UUID partnerId;

    @Column(name = "archive_reason", length = 500)
    private @Nullable String archiveReason;

    /** When a PHQ-9 answer about self-harm raised an alert the clinician has not yet acknowledged. */
    @Column(name = "risk_alert_at")
    private @Nullable Instant riskAlertAt;

    /** Whether the client wants the daily e-mail about exercises due; they decide this themselves. */
    @Column(name = "reminders_enabled", nullable = false)
    private boolean remindersEnabled = true;

    /** When the client was handed to another clinician and has not yet seen the notice that says so. */
    @Column(name = "clinician_changed_at")
    private @Nullable Instant clinicianChangedAt;

    @Version
    private long version;

    protected Client() {
        this(UUID.randomUUID(), UUID.randomUUID(), "", "", Instant.EPOCH);
    }

    public Client(UUID clinicianId, UUID accountId, String fullName, String email, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.clinicianId = clinicianId;
        this.accountId = accountId;
        this.fullName = java.util.Objects.requireNonNull(org.mendwell.shared.PlainText.name(fullName));
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.status = ClientStatus.INVITED;
        this.createdAt = createdAt;
        this.statusChangedAt = createdAt;
    }

    /** Moves to a new status if the move is allowed; the caller records who made it. */
    public void changeStatus(ClientStatus newStatus, Instant at, @Nullable String reason) {
        if (!status.canMoveTo(newStatus)) {
            throw new IllegalStateException("A client cannot move from " + status + " to " + newStatus);
        }
        this.status = newStatus;
        this.statusChangedAt = at;
        this.archiveReason = newStatus == ClientStatus.ARCHIVED ? reason : null;
    }

    public void flagForSafety() {
        this.safetyFlag = true;
    }

    /** Keeps the first unacknowledged alert's time: the clinician needs to know how long it has waited. */
    public void raiseRiskAlert(Instant at) {
        if (riskAlertAt == null) {
            riskAlertAt = at;
        }
    }

    public void acknowledgeRiskAlert() {
        riskAlertAt = null;
    }

    public boolean wantsReminders() {
        return remindersEnabled;
    }

    public void setRemindersEnabled(boolean remindersEnabled) {
        this.remindersEnabled = remindersEnabled;
    }

    public @Nullable Instant getRiskAlertAt() {
        return riskAlertAt;
    }

    public void linkPartner(Client partner) {
        this.partnerId = partner.getId();
        partner.partnerId = this.id;
    }

    /** Ends the couple link on both records at once: from now on neither is the other's partner. */
    public void unlinkPartner(Client partner) {
        if (partner.getId().equals(this.partnerId)) {
            this.partnerId = null;
            partner.partnerId = null;
        }
    }

    public @Nullable UUID getPartnerId() {
        return partnerId;
    }

    public @Nullable String getArchiveReason() {
        return archiveReason;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClinicianId() {
        return clinicianId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    /**
     * Another clinician takes the client over; the caller records the change in the client's history. The
     * client is told at their next visit.
     */
    public void handOverTo(UUID newClinicianId, Instant at) {
        this.clinicianId = newClinicianId;
        this.clinicianChangedAt = at;
    }

    /** Set while the client has not yet been shown that their clinician changed. */
    public @Nullable Instant getClinicianChangedAt() {
        return clinicianChangedAt;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    /** Follows the client's sign-in address, so that reminders go where they now sign in. */
    public void followEmail(String accountEmail) {
        this.email = accountEmail;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public boolean hasSafetyFlag() {
        return safetyFlag;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
