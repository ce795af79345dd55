package org.mendwell.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.SessionSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When a signed-in session ends, decided on the server at every request: after the idle time
 * without a request of the person's own (Vaadin's heartbeat does not count), after the absolute
 * lifetime however busy, when the account was deactivated, or when the account's session epoch
 * was raised (a password change ends the other sessions). An ended session is invalidated and the
 * request goes on as signed out, so the person lands on the log-in page.
 */
@Component
public class SessionPolicy {

    static final String SIGNED_IN_AT = SessionPolicy.class.getName() + ".signedInAt";
    static final String LAST_ACTIVITY = SessionPolicy.class.getName() + ".lastActivity";
    static final String EPOCH = SessionPolicy.class.getName() + ".epoch";

    private final AccountRepository accounts;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    SessionPolicy(AccountRepository accounts, Clock clock, SessionSettings sessions) {
        Duration idleTimeout = sessions.idleTimeout();
        Duration absoluteTimeout = sessions.absoluteTimeout();
        this.accounts = accounts;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * Keeps the current session after the person changed their own password or second factor: it
     * takes the new epoch (the other sessions end) and a new id.
     */
    @Transactional(readOnly = true)
    public void keepCurrentSession(HttpServletRequest request, UUID accountId) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            accounts.activeSessionEpoch(accountId).ifPresent(epoch -> session.setAttribute(EPOCH, epoch));
            SessionSignIn.rotateSessionId(request);
        }
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                check(request);
                chain.doFilter(request, response);
            }
        };
    }

    private void check(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        UUID accountId = signedInAccount();
        if (session == null || accountId == null) {
            return;
        }
        try {
            check(session, accountId, request);
        } catch (IllegalStateException invalidated) {
            // Another request of the same browser ended this session meanwhile (a sign-in replaces it): this
            // request carries no session any more, rather than failing with a server error.
            SecurityContextHolder.clearContext();
        }
    }

    private void check(HttpSession session, UUID accountId, HttpServletRequest request) {
        Instant now = clock.instant();
        Optional<Integer> currentEpoch = accounts.activeSessionEpoch(accountId);
        if (session.getAttribute(SIGNED_IN_AT) == null) {
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(LAST_ACTIVITY, now);
            currentEpoch.ifPresent(epoch -> session.setAttribute(EPOCH, epoch));
        }
        if (hasEnded(session, now, currentEpoch)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return;
        }
        if (!isHeartbeat(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
    }

    private boolean hasEnded(HttpSession session, Instant now, Optional<Integer> currentEpoch) {
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Instant lastActivity = (Instant) session.getAttribute(LAST_ACTIVITY);
        return currentEpoch.isEmpty()
                || !currentEpoch.get().equals(session.getAttribute(EPOCH))
                || signedInAt == null
                || !now.isBefore(signedInAt.plus(absoluteTimeout))
                || lastActivity == null
                || !now.isBefore(lastActivity.plus(idleTimeout));
    }

    private static @Nullable UUID signedInAccount() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal.toSignedInUser().accountId()
                : null;
    }

    /** Vaadin's client sends these on its own while a tab is open; they are not the person's activity. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        // The query string only: reading a parameter could consume a form body meant for later filters.
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
