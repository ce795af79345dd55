package org.mendwell.account.security;

import java.util.List;
import org.mendwell.account.DemoPassword;
import org.mendwell.account.Role;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses to start a portal without demo data (production) while anyone could sign in with the published
 * demo password: every staff account is checked against it, and so is each account on the demo domain
 * (a demo database is refused at its first one; a real practice has none, since its forms refuse that domain).
 * An address on the demo domain alone no longer stops the portal: a clinician inviting one, or a client
 * changing to one, would otherwise have blocked the next start (security round 2, finding 2).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "false")
class DemoPasswordGuard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoPasswordGuard(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) {
        List<String> staff = accounts.findByRoleIn(List.of(Role.ADMIN, Role.CLINICIAN)).stream()
                .filter(this::acceptsTheDemoPassword)
                .map(Account::getEmail)
                .toList();
        List<Account> onDemoDomain = accounts.findByEmailEndingWith(DemoPassword.EMAIL_DOMAIN);
        boolean demoClient = onDemoDomain.stream()
                .filter(account -> account.getRole() == Role.CLIENT)
                .anyMatch(this::acceptsTheDemoPassword);
        if (!staff.isEmpty() || demoClient) {
            throw new IllegalStateException("Refusing to start: anyone could sign in with the published demo password "
                    + "to " + (staff.isEmpty() ? "" : "these staff accounts: " + staff + (demoClient ? ", and " : ""))
                    + (demoClient ? "client accounts of the demo practice (" + DemoPassword.EMAIL_DOMAIN + ")" : "")
                    + ". What to do: if this is the demo database, start with the demo profile or against your "
                    + "practice's own database; otherwise have each staff member named choose a new password "
                    + "(\"Send reset link\" on Clinicians, or \"Forgot password?\") and remove the demo accounts.");
        }
        if (!onDemoDomain.isEmpty()) {
            log.warn(
                    "{} account(s) use an address on the demo domain {}, which receives no e-mail. They cannot be "
                            + "signed into with the demo password; ask their owners to change to a real address.",
                    onDemoDomain.size(),
                    DemoPassword.EMAIL_DOMAIN);
        }
    }

    private boolean acceptsTheDemoPassword(Account account) {
        return account.getPasswordHash() != null
                && passwordEncoder.matches(DemoPassword.VALUE, account.getPasswordHash());
    }
}
