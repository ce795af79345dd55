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

    @Version
    private long version;

    protected Client() {
        this(UUID.randomUUID(), UUID.randomUUID(), "", "", Instant.EPOCH);
    }

    public Client(UUID clinicianId, UUID accountId, String fullName, String email, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.clinicianId = clinicianId;
        this.accountId = accountId;
        this.fullName = fullName.strip();
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.status = ClientStatus.INVITED;
        this.createdAt = createdAt;
        this.statusChangedAt = createdAt;
    }

    public void changeStatus(ClientStatus newStatus, Instant at) {
        this.status = newStatus;
        this.statusChangedAt = at;
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

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
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
