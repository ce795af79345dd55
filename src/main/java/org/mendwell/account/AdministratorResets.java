package org.mendwell.account;

import java.util.UUID;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the audit trail: whether a sign-in is the first since the owner used a reset link an administrator
 * asked for. Serves the sign-in audit, in its transaction, so the mark goes only if the entry is written.
 */
@Component
public class AdministratorResets {

    private final AccountRepository accounts;

    AdministratorResets(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** True once, for the first sign-in after such a reset. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstSignInSinceReset(UUID accountId) {
        return accounts.findById(accountId)
                .map(Account::takeAdministratorResetMark)
                .orElse(false);
    }
}
