package org.mendwell.account.security;

import org.jspecify.annotations.Nullable;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.audit.NotAudited;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@NotAudited("the sign-in lookup; sign-ins are audited from Spring Security's events")
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email))
                .map(AccountPrincipal::new)
                // The same exception, and so the same message, for every failure: no account enumeration.
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
    }

    /** Called at sign-in when the stored hash uses an older scheme or cost: the new hash replaces it. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPasswordHash) {
        if (newPasswordHash != null) {
            accounts.findByEmail(Account.normaliseEmail(user.getUsername()))
                    .ifPresent(account -> account.setPasswordHash(newPasswordHash));
        }
        return user;
    }
}
