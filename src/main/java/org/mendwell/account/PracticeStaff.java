package org.mendwell.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.PortalMail;
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

    PracticeStaff(AccountRepository accounts, PortalMail mail) {
        this.accounts = accounts;
        this.mail = mail;
    }

    public boolean isActiveClinician(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.getRole() == Role.CLINICIAN && account.isActive() && !account.isLocked())
                .isPresent();
    }

    /** A staff member's name as clients and colleagues know it; empty for a client's account. */
    public Optional<String> nameOf(UUID accountId) {
        return accounts.findById(accountId).filter(account -> account.getRole() != Role.CLIENT)
                .map(Account::getDisplayName);
    }

    /** Whom a client contacts while they have no clinician: the practice's active administrators. */
    public List<StaffContact> administrators() {
        return accounts.findByRoleIn(List.of(Role.ADMIN)).stream().filter(Account::isActive)
                .sorted(java.util.Comparator.comparing(Account::getCreatedAt))
                .map(account -> new StaffContact(account.getDisplayName(), account.getEmail())).toList();
    }

    /** E-mails every active administrator once the current change commits. The text must name no client. */
    public void tellAdministrators(String subject, String text) {
        administrators().forEach(admin -> mail.sendAfterCommit(admin.email(), subject, "Hello " + admin.name()
                + ",\n\n" + text + "\n\n" + mail.link("admin/clinicians") + "\n"));
    }
}
