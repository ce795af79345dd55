package org.mendwell.account.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.PracticeSecurity;
import org.mendwell.account.Role;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The log-in form's password check, behind the throttle. While an e-mail address or network address
 * must wait, the password is not checked at all, and the refusal looks like any wrong password. A
 * browser with the account's device cookie waits for its cookie's count instead of the e-mail's, and
 * every complete sign-in gives the browser a new device cookie.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccountRepository accounts;
    private final PracticeSecurity practiceSecurity;
    private final Clock clock;
    private final DeviceCookies deviceCookies;

    PasswordSignIn(
            AccountUserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            AccountRepository accounts,
            PracticeSecurity practiceSecurity,
            Clock clock,
            DeviceCookies deviceCookies) {
        this.deviceCookies = deviceCookies;
        this.accounts = accounts;
        this.practiceSecurity = practiceSecurity;
        this.clock = clock;
        this.passwords = new DaoAuthenticationProvider(withPasswordOnly(users));
        this.passwords.setPasswordEncoder(passwordEncoder);
        // Every refusal costs one Argon2 hash, so its timing tells nothing: the password is checked
        // before the account's state (Spring checks a deactivated account first, without a hash), and an
        // invited account without a password is an unknown one, checked against Spring's dummy hash.
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        // Re-hashes an older hash (bcrypt) with the current encoder after a correct password.
        this.passwords.setUserDetailsPasswordService(users);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String address = addressOf(attempt.getDetails());
        Optional<ServletRequestAttributes> http = currentHttpExchange();
        @Nullable
        String trustedDevice = http.flatMap(exchange -> trustedDevice(email, exchange.getRequest()))
                .orElse(null);
        // Reserved before the slow hash, so parallel guesses cannot all slip past the count.
        try (var checking = throttle.reserve(email, trustedDevice, address).orElseThrow(SignInPaused::new)) {
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
                requireSecondStepIfDue(result, trustedDevice);
            } catch (SecondStepRequired due) {
                checking.passed();
                throw due;
            }
            checking.succeeded();
            if (result.getPrincipal() instanceof AccountPrincipal principal
                    && http.isPresent()
                    && http.get().getResponse() != null) {
                deviceCookies.issue(
                        principal.toSignedInUser().accountId(),
                        http.get().getRequest(),
                        http.get().getResponse());
            }
            return result;
        }
    }

    /** The nonce of the browser's valid device cookie for the account this e-mail signs in to, if any. */
    private Optional<String> trustedDevice(String email, HttpServletRequest request) {
        if (!DeviceCookies.carriesAny(request)) {
            return Optional.empty();
        }
        return accounts.findByEmail(Account.normaliseEmail(email))
                .flatMap(account -> deviceCookies.trustedNonce(account, request));
    }

    /** The log-in form's request and response (Spring's request-context filter runs before Spring Security's). */
    private static Optional<ServletRequestAttributes> currentHttpExchange() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes exchange
                ? Optional.of(exchange)
                : Optional.empty();
    }

    /** Someone with an authenticator app, or staff when the practice requires one, is not signed in yet. */
    private void requireSecondStepIfDue(Authentication passwordChecked, @Nullable String trustedDevice) {
        if (!(passwordChecked.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        var user = principal.toSignedInUser();
        Account account = accounts.findById(user.accountId()).orElseThrow();
        boolean staff = account.getRole() != Role.CLIENT;
        if (account.hasMfa() || (staff && practiceSecurity.staffMfaRequired())) {
            throw new SecondStepRequired(new PendingSignIn(
                    account.getId(), account.getEmail(), !account.hasMfa(), clock.instant(), trustedDevice));
        }
    }

    /**
     * Accounts that can be signed in to with a password: one still without a password (an invited
     * client) is answered as unknown, so the provider hashes the attempt against its dummy hash (made
     * with the current encoder, and so at the same cost) instead of refusing at once.
     */
    private static UserDetailsService withPasswordOnly(UserDetailsService users) {
        return email -> {
            UserDetails user = users.loadUserByUsername(email);
            if (user.getPassword() == null) {
                throw new UsernameNotFoundException("Unknown account");
            }
            return user;
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String addressOf(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
