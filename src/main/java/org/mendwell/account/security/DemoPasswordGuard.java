package org.mendwell.account.security;

import java.util.List;
import org.mendwell.account.DemoPassword;
import org.mendwell.account.Role;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses to start a portal without demo data (production) while any account could still be
 * signed into with the published demo password. Staff accounts are checked against the password
 * itself; every account on the demo domain is refused outright, because checking thousands of
 * client hashes one by one would take minutes.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "false")
class DemoPasswordGuard implements ApplicationRunner {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoPasswordGuard(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) {
        List<String> offending = accounts.findByRoleIn(List.of(Role.ADMIN, Role.CLINICIAN)).stream()
                .filter(account -> account.getPasswordHash() != null
                        && passwordEncoder.matches(DemoPassword.VALUE, account.getPasswordHash()))
                .map(Account::getEmail)
                .toList();
        List<String> demoDomain = accounts.findByEmailEndingWith(DemoPassword.EMAIL_DOMAIN).stream()
                .map(Account::getEmail).toList();
        if (!offending.isEmpty() || !demoDomain.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + (offending.size() + demoDomain.size())
                    + " account(s) still use the published demo password or demo domain "
                    + "(staff: " + offending + ", demo domain: " + demoDomain.size() + " account(s)). "
                    + "Set new passwords or remove the demo accounts before running in production.");
        }
    }
}
