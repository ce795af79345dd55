package org.mendwell.account.security;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.PracticeSecurity;
import org.mendwell.account.Role;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The log-in form's password check, behind the throttle. While an e-mail address or network address
 * must wait, the password is not checked at all, and the refusal looks like any wrong password.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccountRepository accounts;
    private final PracticeSecurity practiceSecurity;
    private final Clock clock;

    PasswordSignIn(AccountUserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
                   AccountRepository accounts, PracticeSecurity practiceSecurity, Clock clock) {
        this.accounts = accounts;
        this.practiceSecurity = practiceSecurity;
        this.clock = clock;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        // Re-hashes an older hash (bcrypt) with the current encoder after a correct password.
        this.passwords.setUserDetailsPasswordService(users);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String address = addressOf(attempt.getDetails());
        // Reserved before the slow hash, so parallel guesses cannot all slip past the count.
        try (var checking = throttle.reserve(email, address)
                .orElseThrow(() -> new BadCredentialsException("Sign-in is paused for this e-mail or address"))) {
            Authentication result;
            try {
                result = passwords.authenticate(attempt);
            } catch (AuthenticationException failed) {
                checking.failed();
                throw failed;
            }
            // Only a complete sign-in clears the failures: were a right password enough, whoever holds it
            // could guess codes without end (three wrong codes, the password again, three more).
            try {
                requireSecondStepIfDue(result);
            } catch (SecondStepRequired due) {
                checking.passed();
                throw due;
            }
            checking.succeeded();
            return result;
        }
    }

    /** Someone with an authenticator app, or staff when the practice requires one, is not signed in yet. */
    private void requireSecondStepIfDue(Authentication passwordChecked) {
        if (!(passwordChecked.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        var user = principal.toSignedInUser();
        Account account = accounts.findById(user.accountId()).orElseThrow();
        boolean staff = account.getRole() != Role.CLIENT;
        if (account.hasMfa() || (staff && practiceSecurity.staffMfaRequired())) {
            throw new SecondStepRequired(new PendingSignIn(account.getId(), account.getEmail(), !account.hasMfa(),
                    clock.instant()));
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String addressOf(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
