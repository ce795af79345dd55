package org.mendwell.account.security;

import org.mendwell.shared.audit.NotAudited;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@NotAudited("the sign-in lookup; sign-ins are audited from Spring Security's events")
@Service
class AccountUserDetailsService implements UserDetailsService {

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
}
