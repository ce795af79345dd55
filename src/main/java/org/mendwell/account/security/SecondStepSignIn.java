package org.mendwell.account.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in, for the views behind the log-in form: a code from the app (or a
 * recovery code), or setting the app up when the practice requires it. Wrong codes count against
 * the same throttle as wrong passwords; after the pause the password is asked again.
 */
@Component
@Transactional
public class SecondStepSignIn {

    public enum Outcome {
        SIGNED_IN,
        WRONG_CODE,
        START_AGAIN
    }

    private final AccountRepository accounts;
    private final SecondFactor secondFactor;
    private final SignInThrottle throttle;
    private final SessionSignIn sessionSignIn;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DeviceCookies deviceCookies;

    SecondStepSignIn(
            AccountRepository accounts,
            SecondFactor secondFactor,
            SignInThrottle throttle,
            SessionSignIn sessionSignIn,
            Clock clock,
            ApplicationEventPublisher events,
            DeviceCookies deviceCookies) {
        this.deviceCookies = deviceCookies;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.sessionSignIn = sessionSignIn;
        this.clock = clock;
        this.events = events;
    }

    /** A wrong code is a failed sign-in like a wrong password, for whoever watches them (the audit trail). */
    private void announceWrongCode(String email) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(email, null),
                new BadCredentialsException("Wrong one-time code")));
    }

    /** The person half-way through signing in, if the password was checked in the last five minutes. */
    @Transactional(readOnly = true)
    public Optional<PendingSignIn> pending() {
        var session = VaadinSession.getCurrent();
        if (session == null
                || !(session.getSession().getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn p)) {
            return Optional.empty();
        }
        return p.isFresh(clock.instant()) ? Optional.of(p) : Optional.empty();
    }

    public Outcome withCode(String code) {
        Optional<PendingSignIn> pending = pending();
        if (pending.isEmpty()) {
            return Outcome.START_AGAIN;
        }
        String email = pending.get().email();
        Optional<SignInThrottle.Attempt> reserved =
                throttle.reserve(email, pending.get().trustedDevice(), address());
        if (reserved.isEmpty()) {
            forget();
            return Outcome.START_AGAIN;
        }
        try (var checking = reserved.get()) {
            Account account = accounts.findById(pending.get().accountId()).orElseThrow();
            if (!secondFactor.verify(account, code)) {
                checking.failed();
                announceWrongCode(email);
                return Outcome.WRONG_CODE;
            }
            finish(account, checking);
            return Outcome.SIGNED_IN;
        }
    }

    /** Starts setting up the app for someone the practice requires to have it; the otpauth address for the QR code. */
    public Optional<String> startEnrolment() {
        return pending()
                .filter(PendingSignIn::mustEnrol)
                .map(p -> secondFactor.startEnrolment(
                        accounts.findById(p.accountId()).orElseThrow()));
    }

    @Transactional(readOnly = true)
    public Optional<String> enrolmentSecret() {
        return pending()
                .flatMap(p -> secondFactor.pendingSecret(
                        accounts.findById(p.accountId()).orElseThrow()));
    }

    /** Confirms the app with a code from it; returns the recovery codes to show once. The person is then signed in. */
    public Optional<List<String>> confirmEnrolment(String code) {
        Optional<PendingSignIn> pending = pending().filter(PendingSignIn::mustEnrol);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Account account = accounts.findById(pending.get().accountId()).orElseThrow();
        Optional<SignInThrottle.Attempt> reserved =
                throttle.reserve(account.getEmail(), pending.get().trustedDevice(), address());
        if (reserved.isEmpty()) {
            forget();
            return Optional.empty();
        }
        try (var checking = reserved.get()) {
            Optional<List<String>> codes = secondFactor.confirmEnrolment(account, code);
            if (codes.isEmpty()) {
                checking.failed();
                announceWrongCode(account.getEmail());
            } else {
                finish(account, checking);
            }
            return codes;
        }
    }

    private void finish(Account account, SignInThrottle.Attempt checking) {
        // The used code step is written before anyone is signed in: a second session racing with the
        // same code then fails on the account's version instead of being signed in too.
        accounts.flush();
        forget();
        checking.succeeded();
        sessionSignIn.signIn(account.getEmail());
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            deviceCookies.issue(account.getId(), request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }

    private static void forget() {
        VaadinSession.getCurrent().getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
    }

    private static String address() {
        var request = VaadinServletRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
