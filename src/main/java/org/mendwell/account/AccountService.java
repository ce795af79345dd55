package org.mendwell.account;

import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.Paging;
import org.mendwell.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and managing accounts. Administrators manage staff; clinicians open accounts for their clients. */
@Service
@Transactional
public class AccountService {

    static final Set<String> ACCOUNT_SORT_PROPERTIES = Set.of("displayName", "email", "active", "createdAt");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                   InputValidator validator, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.ACCOUNT)
    public Page<AccountSummary> clinicians(Pageable pageable) {
        return accounts.findByRole(Role.CLINICIAN,
                Paging.restrictSort(pageable, ACCOUNT_SORT_PROPERTIES, Sort.by("displayName", "id")))
                .map(AccountService::summary);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public AccountSummary createClinician(NewStaffAccount request) {
        Map<String, String> problems = new HashMap<>(validator.problems(request));
        String email = Account.normaliseEmail(request.email() == null ? "" : request.email());
        if (!problems.containsKey("email") && accounts.existsByEmail(email)) {
            problems.put("email", "An account with this e-mail address already exists");
        }
        String password = request.password() == null ? "" : request.password();
        passwordPolicy.problemWith(password, email, request.displayName())
                .ifPresent(problem -> problems.put("password", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var account = new Account(email, request.displayName(), Role.CLINICIAN, clock.instant());
        account.setPasswordHash(passwordEncoder.encode(password));
        return summary(accounts.save(account));
    }

    /** Deactivated accounts cannot sign in; their records stay. An administrator cannot lock themselves out. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public AccountSummary setActive(UUID accountId, boolean active) {
        var account = findStaff(accountId);
        if (!active && account.getId().equals(currentUser.require().accountId())) {
            throw InvalidInputException.of("active", "You cannot deactivate your own account");
        }
        account.setActive(active);
        return summary(account);
    }

    /**
     * Sets a staff member's password. Client accounts are refused: an administrator who could set a
     * client's password could sign in as the client and read their answers.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public void setPassword(UUID accountId, String newPassword) {
        var account = findStaff(accountId);
        passwordPolicy.problemWith(newPassword, account.getEmail(), account.getDisplayName())
                .ifPresent(problem -> {
                    throw InvalidInputException.of("password", problem);
                });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        // Whoever was signed in with the old password is signed out.
        account.endOtherSessions();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    @NotAudited("a lookup other services make while serving an audited call")
    public java.util.Optional<AccountSummary> findByEmail(String email) {
        // Staff only, as everywhere else here: a client's address would otherwise give the administrator their name.
        return accounts.findByEmail(Account.normaliseEmail(email)).filter(account -> account.getRole() != Role.CLIENT)
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
            throw InvalidInputException.of("email", "An account with this e-mail address already exists");
        }
        return accounts.save(new Account(normalised, displayName, Role.CLIENT, clock.instant())).getId();
    }

    /** Administrators manage staff accounts only; a client's account is not theirs to change. */
    private Account findStaff(UUID accountId) {
        return accounts.findById(accountId).filter(account -> account.getRole() != Role.CLIENT)
                .orElseThrow(() -> new RecordNotFoundException("Account"));
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
                account.isActive(), account.getCreatedAt());
    }
}
