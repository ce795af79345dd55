package org.mendwell.account;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.Paging;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Messages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and managing accounts. Administrators manage staff; clinicians open accounts for their clients. */
@Service
@Transactional
public class AccountService {

    static final Set<String> ACCOUNT_SORT_PROPERTIES = Set.of("displayName", "email", "active", "createdAt");

    private final AccountRepository accounts;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Recipients recipients;
    private final ClinicianDeparture departure;
    private final PasswordResetService resets;
    private final SecurityNotices notices;
    private final PortalMail mail;

    AccountService(
            AccountRepository accounts,
            InputValidator validator,
            CurrentUser currentUser,
            Clock clock,
            ClinicianDeparture departure,
            PasswordResetService resets,
            SecurityNotices notices,
            PortalMail mail,
            Recipients recipients) {
        this.recipients = recipients;
        this.departure = departure;
        this.resets = resets;
        this.notices = notices;
        this.mail = mail;
        this.accounts = accounts;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.ACCOUNT)
    public Page<AccountSummary> clinicians(Pageable pageable) {
        return accounts.findByRole(
                        Role.CLINICIAN,
                        Paging.restrictSort(pageable, ACCOUNT_SORT_PROPERTIES, Sort.by("displayName", "id")))
                .map(AccountService::summary);
    }

    /**
     * Opens a clinician account without a password: a one-time link to choose one is e-mailed to the new
     * clinician's own address (the administrator's reset link, valid 24 hours), so the administrator never
     * chooses, sees or learns the password. Without a mail server nothing is created, and the administrator
     * is told what to do.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public AccountSummary createClinician(NewStaffAccount request) {
        Map<String, String> problems = new HashMap<>(validator.problems(request));
        String email = Account.normaliseEmail(request.email() == null ? "" : request.email());
        if (!problems.containsKey("email") && accounts.existsByEmail(email)) {
            problems.put("email", Messages.ofPage("account.refusal.address-taken"));
        }
        if (!problems.containsKey("email") && !mail.isConfigured()) {
            problems.put("email", Messages.ofPage(NO_MAIL_FOR_NEW_ACCOUNT));
        }
        // Clients are told "Your clinician is now <name>" after a handover: a second account with a colleague's
        // name would make that notice say nothing changed.
        if (!problems.containsKey("displayName")
                && request.displayName() != null
                && accounts.findByRoleIn(List.of(Role.ADMIN, Role.CLINICIAN)).stream()
                        .anyMatch(staff -> sameName(staff.getDisplayName(), request.displayName()))) {
            problems.put("displayName", Messages.ofPage(NAME_IN_USE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var account = accounts.save(new Account(email, request.displayName(), Role.CLINICIAN, clock.instant()));
        resets.sendFirstLinkForAdministrator(account, currentUser.require().accountId());
        return summary(account);
    }

    static final String NAME_IN_USE = "account.refusal.name-in-use";

    private static boolean sameName(String a, String b) {
        return String.valueOf(PlainText.name(a)).equalsIgnoreCase(PlainText.name(b));
    }

    static final String NO_MAIL_FOR_NEW_ACCOUNT = "account.refusal.no-mail-new-account";

    /**
     * Deactivated accounts cannot sign in; their records stay. An administrator cannot lock themselves out,
     * and a clinician is deactivated only once none of their clients is left without a clinician: each is
     * handed to another clinician first. The owner is told by e-mail.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public AccountSummary setActive(UUID accountId, boolean active) {
        var account = findStaff(accountId);
        if (!active && account.getId().equals(currentUser.require().accountId())) {
            throw InvalidInputException.of("active", Messages.ofPage("account.refusal.deactivate-self"));
        }
        if (!active && account.getRole() == Role.CLINICIAN) {
            long inCare = departure.clientsInCare(accountId);
            if (inCare > 0) {
                throw InvalidInputException.of(
                        "active", Messages.ofPage("account.refusal.clients-in-care", account.getDisplayName(), inCare));
            }
        }
        if (account.isActive() != active) {
            account.setActive(active);
            tellOwner(
                    account,
                    active ? "account.mail.by-administrator.reactivated" : "account.mail.by-administrator.deactivated");
        }
        return summary(account);
    }

    /**
     * A locked account cannot sign in and its open sessions end, until an administrator unlocks it: for a
     * lost device or a suspected break-in, when the person stays with the practice. The owner is told.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public AccountSummary setLocked(UUID accountId, boolean locked) {
        var account = findStaff(accountId);
        if (locked && account.getId().equals(currentUser.require().accountId())) {
            throw InvalidInputException.of("locked", Messages.ofPage("account.refusal.lock-self"));
        }
        if (account.isLocked() != locked) {
            if (locked) {
                account.lock(clock.instant());
            } else {
                account.unlock();
            }
            tellOwner(
                    account,
                    locked ? "account.mail.by-administrator.locked" : "account.mail.by-administrator.unlocked");
        }
        return summary(account);
    }

    /**
     * E-mails a staff member a link to choose a new password. The link goes to the owner's address only; the
     * administrator never sees it and never chooses a password. Without a mail server nothing can be sent,
     * and the administrator is told so.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public void sendPasswordReset(UUID accountId) {
        var account = findStaff(accountId);
        if (!account.isActive()) {
            throw InvalidInputException.of("active", Messages.ofPage("account.refusal.reactivate-first"));
        }
        if (!mail.isConfigured()) {
            throw InvalidInputException.of(
                    "email", Messages.ofPage("account.refusal.no-mail-reset", account.getDisplayName()));
        }
        resets.sendForAdministrator(account, currentUser.require().accountId());
    }

    /**
     * Whether deactivating, locking or unlocking an account reaches its owner by e-mail: without a mail
     * server, the administrator's screens say so and ask them to tell the person themselves.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @NotAudited("a setting of the portal, no record")
    public boolean ownersAreToldByEmail() {
        return mail.isConfigured();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    @NotAudited("a lookup other services make while serving an audited call")
    public java.util.Optional<AccountSummary> findByEmail(String email) {
        // Staff only, as everywhere else here: a client's address would otherwise give the administrator their name.
        return accounts.findByEmail(Account.normaliseEmail(email))
                .filter(account -> account.getRole() != Role.CLIENT)
                .map(AccountService::summary);
    }

    /**
     * Opens a sign-in account for a new client, without a password: the client chooses one through
     * the invitation. Only clinicians invite clients.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public UUID openClientAccount(String email, String displayName) {
        String normalised = Account.normaliseEmail(email);
        if (accounts.existsByEmail(normalised)) {
            throw InvalidInputException.of("email", Messages.ofPage("account.refusal.address-taken"));
        }
        return accounts.save(new Account(normalised, displayName, Role.CLIENT, clock.instant()))
                .getId();
    }

    private void tellOwner(Account account, String whatKey) {
        notices.byAdministrator(recipients.of(account), whatKey, clock.instant());
    }

    /** Administrators manage staff accounts only; a client's account is not theirs to change. */
    private Account findStaff(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.getRole() != Role.CLIENT)
                .orElseThrow(() -> new RecordNotFoundException("Account"));
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getRole(),
                account.isActive(),
                account.isLocked(),
                account.getCreatedAt(),
                account.hasSignedIn());
    }
}
