package org.mendwell.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.i18n.Messages;
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
    private final Recipients recipients;
    private final Messages messages;

    PracticeStaff(AccountRepository accounts, PortalMail mail, Recipients recipients, Messages messages) {
        this.accounts = accounts;
        this.mail = mail;
        this.recipients = recipients;
        this.messages = messages;
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
                .map(recipients::of)
                .ifPresent(to -> send(
                        to,
                        "account.mail.handed-to-you",
                        to.name(),
                        to.time().dateTimeWithZone(at),
                        administrator,
                        mail.link("caseload")));
        if (isActiveClinician(fromClinicianId)) {
            accounts.findById(fromClinicianId)
                    .map(recipients::of)
                    .ifPresent(from -> send(
                            from,
                            "account.mail.handed-away",
                            from.name(),
                            from.time().dateTimeWithZone(at),
                            administrator,
                            nameOf(toClinicianId)
                                    .orElseGet(() -> messages.text("account.mail.another-clinician", from.locale()))));
        }
    }

    /**
     * E-mails every active administrator, once the current change commits, that a client whose clinician is not
     * active gave an answer that needs attention today: nobody would see the alert on a caseload. Names no client.
     */
    public void tellAdministratorsOfAlertWithoutClinician(UUID formerClinicianId) {
        accounts.findByRoleIn(List.of(Role.ADMIN)).stream()
                .filter(Account::isActive)
                .map(recipients::of)
                .forEach(admin -> send(
                        admin,
                        "account.mail.alert-without-clinician",
                        admin.name(),
                        nameOf(formerClinicianId)
                                .orElseGet(() -> messages.text("account.mail.a-former-clinician", admin.locale())),
                        mail.link("admin/clinicians")));
    }

    /** A message whose {@code .subject} and {@code .body} are in the bundle, in the recipient's language. */
    private void send(Recipients.Recipient to, String message, Object... arguments) {
        mail.sendAfterCommit(
                to.email(),
                messages.text(message + ".subject", to.locale()),
                messages.text(message + ".body", to.locale(), arguments));
    }
}
