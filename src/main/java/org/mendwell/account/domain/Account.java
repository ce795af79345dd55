package org.mendwell.account.domain;

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
import org.mendwell.account.Role;

@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** Null until the person chooses a password (an invited client). */
    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised to end every other session of this account (see the session policy). */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    /** The authenticator-app secret, encrypted; null until the person enrols. */
    @Column(name = "mfa_secret")
    private @Nullable String mfaSecret;

    @Column(name = "mfa_enabled_at")
    private @Nullable Instant mfaEnabledAt;

    /** The last 30-second step whose code was accepted: a code is used once. */
    @Column(name = "mfa_last_step")
    private @Nullable Long mfaLastStep;

    /** Set while an administrator has locked the account: nobody signs in to it. */
    @Column(name = "locked_at")
    private @Nullable Instant lockedAt;

    /** Set when a reset link an administrator asked for was used; cleared, and audited, at the next sign-in. */
    @Column(name = "admin_reset_at")
    private @Nullable Instant adminResetAt;

    /** A staff member's own time zone (an id Java knows); null until they choose one. */
    @Column(name = "time_zone", length = 64)
    private @Nullable String timeZone;

    /** The first time the owner signed in; null for an account nobody has signed in to yet. */
    /** The portal language the person chose (a {@code Language} code); null until they choose. */
    @Column(name = "language", length = 8)
    private @Nullable String language;

    @Column(name = "first_signed_in_at")
    private @Nullable Instant firstSignedInAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
        this.id = UUID.randomUUID();
        this.email = "";
        this.displayName = "";
        this.role = Role.CLIENT;
        this.createdAt = Instant.EPOCH;
    }

    public Account(String email, String displayName, Role role, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = normaliseEmail(email);
        this.displayName = java.util.Objects.requireNonNull(org.mendwell.shared.PlainText.name(displayName));
        this.role = role;
        this.active = true;
        this.createdAt = createdAt;
    }

    /** E-mail addresses are compared case-insensitively on every database, so they are stored in lower case. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    /** The address the person signs in with; the caller has re-authenticated them and checked it is free. */
    public void changeEmail(String newEmail) {
        this.email = normaliseEmail(newEmail);
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Ends every session signed in before now, at its next request. */
    public void endOtherSessions() {
        sessionEpoch++;
    }

    public boolean hasMfa() {
        return mfaSecret != null && mfaEnabledAt != null;
    }

    public @Nullable String getMfaSecret() {
        return mfaSecret;
    }

    public @Nullable Instant getMfaEnabledAt() {
        return mfaEnabledAt;
    }

    /** A secret that is not in force until a code from it is confirmed. */
    public void startMfaEnrolment(String encryptedSecret) {
        this.mfaSecret = encryptedSecret;
        this.mfaEnabledAt = null;
        this.mfaLastStep = null;
    }

    public void enableMfa(String encryptedSecret, Instant at) {
        this.mfaSecret = encryptedSecret;
        this.mfaEnabledAt = at;
        this.mfaLastStep = null;
    }

    public void disableMfa() {
        this.mfaSecret = null;
        this.mfaEnabledAt = null;
        this.mfaLastStep = null;
    }

    public @Nullable Long getMfaLastStep() {
        return mfaLastStep;
    }

    public void setMfaLastStep(long step) {
        this.mfaLastStep = step;
    }

    public @Nullable String getTimeZone() {
        return timeZone;
    }

    /** The caller has checked that Java knows the zone. */
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    /** The caller has checked that the portal has the language. */
    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    /** Locked accounts cannot sign in, and sessions already open end at their next request. */
    public void lock(Instant at) {
        if (lockedAt == null) {
            lockedAt = at;
            endOtherSessions();
        }
    }

    public void unlock() {
        lockedAt = null;
    }

    public void markResetByAdministrator(Instant at) {
        adminResetAt = at;
    }

    /** True once after a password was chosen through a link an administrator asked for. */
    public boolean takeAdministratorResetMark() {
        boolean marked = adminResetAt != null;
        adminResetAt = null;
        return marked;
    }

    public boolean hasSignedIn() {
        return firstSignedInAt != null;
    }

    public long getVersion() {
        return version;
    }
}
