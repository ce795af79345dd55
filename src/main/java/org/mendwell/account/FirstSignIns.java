package org.mendwell.account;

import java.time.Clock;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes when each account is first signed in to. A clinician account that nobody has signed in to yet
 * cannot take clients over: an administrator could otherwise open one at an address they control and
 * move a client to it in the same minute (security round 2, finding 1).
 */
@Component
class FirstSignIns {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    FirstSignIns(AccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(AuthenticationSuccessEvent event) {
        currentUser
                .of(event.getAuthentication())
                .ifPresent(user -> accounts.markFirstSignIn(user.accountId(), clock.instant()));
    }
}
