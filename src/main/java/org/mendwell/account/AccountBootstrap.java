package org.mendwell.account;

import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.audit.NotAudited;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the practice's first administrator. It needs no signed-in user because it only ever
 * acts on an empty practice: once an administrator exists it does nothing.
 */
@NotAudited("runs once at start-up, before anyone can sign in")
@Service
public class AccountBootstrap {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final java.time.Clock clock;

    AccountBootstrap(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            java.time.Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /** @return true when the administrator was created, false when the practice already had one */
    @Transactional
    public boolean createFirstAdmin(String email, String displayName, String password) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return false;
        }
        passwordPolicy.problemWith(password, email).ifPresent(problem -> {
            throw new IllegalArgumentException("The first administrator's password is refused: " + problem);
        });
        var admin = new Account(email, displayName, Role.ADMIN, clock.instant());
        admin.setPasswordHash(passwordEncoder.encode(password));
        accounts.save(admin);
        return true;
    }
}
