package org.mendwell.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on the practice's staff now, for services that must not promise a clinician who has left: whether
 * a client's clinician is still active, whom a client should contact instead, and a way to tell the
 * administrators. Serves other services (it checks nobody's role); not meant for views.
 */
@Component
@Transactional(readOnly = true)
public class PracticeStaff {

    private final AccountRepository accounts;
    private final PortalMail mail;
    private final ViewerTime time;

    PracticeStaff(AccountRepository accounts, PortalMail mail, ViewerTime time) {
        this.accounts = accounts;
        this.mail = mail;
        this.time = time;
    }

    public boolean isActiveClinician(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.getRole() == Role.CLINICIAN && account.isActive() && !account.isLocked())
                .isPresent();
    }

    /**
     * Whether clients may be handed to this clinician: active, not locked, and signed in at least once, so
     * that an account opened a minute ago at an address nobody has used cannot receive a client.
     */
    public boolean canTakeOverClients(UUID accountId) {
        return isActiveClinician(accountId)
                && accounts.findById(accountId).filter(Account::hasSignedIn).isPresent();
    }

    /** A staff member's name as clients and colleagues know it; empty for a client's account. */
    public Optional<String> nameOf(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.getRole() != Role.CLIENT)
                .map(Account::getDisplayName);
    }

    /** Whom a client contacts while they have no clinician: the practice's active administrators. */
    public List<StaffContact> administrators() {
        return accounts.findByRoleIn(List.of(Role.ADMIN)).stream()
                .filter(Account::isActive)
                .sorted(java.util.Comparator.comparing(Account::getCreatedAt))
                .map(account -> new StaffContact(account.getDisplayName(), account.getEmail()))
                .toList();
    }

    /**
     * Tells both clinicians of a handover once it commits: the receiving one, and the former one if still
     * active. Names the administrator and the day, never the client: the clinicians see who it is on their
     * caseload after signing in.
     */
    public void tellOfHandover(UUID fromClinicianId, UUID toClinicianId, String administrator, Instant at) {
        accounts.findById(toClinicianId)
                .ifPresent(to -> mail.sendAfterCommit(
                        to.getEmail(),
                        "A client has been handed over to you",
                        "Hello " + to.getDisplayName() + ",\n\nOn " + when(to, at)
                                + " the practice's administrator " + administrator + " handed one of their colleague's "
                                + "clients over to you. Sign in to see them on your caseload:\n\n"
                                + mail.link("caseload")
                                + "\n\nIf you did not expect this, talk to your practice.\n"));
        if (isActiveClinician(fromClinicianId)) {
            accounts.findById(fromClinicianId)
                    .ifPresent(from -> mail.sendAfterCommit(
                            from.getEmail(),
                            "One of your clients has a new clinician",
                            "Hello " + from.getDisplayName() + ",\n\nOn " + when(from, at)
                                    + " the practice's administrator " + administrator
                                    + " handed one of your clients over "
                                    + "to " + to(toClinicianId) + ". You no longer see their record.\n\nIf you did not "
                                    + "expect this, talk to your practice.\n"));
        }
    }

    private String to(UUID clinicianId) {
        return nameOf(clinicianId).orElse("another clinician");
    }

    /** The moment on the recipient's own clock (their chosen zone, else the practice's), naming the zone. */
    private String when(Account recipient, Instant at) {
        ZoneId zone = recipient.getTimeZone() == null ? null : ZoneId.of(recipient.getTimeZone());
        return time.ofRecipient(zone).dateTimeWithZone(at);
    }

    /** E-mails every active administrator once the current change commits. The text must name no client. */
    public void tellAdministrators(String subject, String text) {
        administrators()
                .forEach(admin -> mail.sendAfterCommit(
                        admin.email(),
                        subject,
                        "Hello " + admin.name() + ",\n\n" + text + "\n\n" + mail.link("admin/clinicians") + "\n"));
    }
}
