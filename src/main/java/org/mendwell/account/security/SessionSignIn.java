package org.mendwell.account.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in within the current request, for the moment right after they chose their
 * password through an invitation or gave their second-step code. The session id changes, as at any
 * log-in, against session fixation, and the sign-in is announced like a form log-in (the audit
 * trail records it).
 */
@Component
public class SessionSignIn {

    private final UserDetailsService users;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(UserDetailsService users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    public void signIn(String email) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var user = users.loadUserByUsername(email);
        if (!user.isEnabled()) {
            throw new org.springframework.security.authentication.DisabledException("Account is not active");
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        rotateSessionId(request);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
    }

    /**
     * The person changed who they sign in as (their e-mail address): this session's sign-in is read
     * again, so it names the new address. Nobody new is signed in, so no sign-in is announced.
     */
    public void refresh(String email) {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }

    /**
     * A new session id, as at any change of who is signed in. Every servlet container implements it
     * (SignInOverHttpTest proves it over HTTP); only the mock request of browserless UI tests does not,
     * and there the id simply stays.
     */
    static void rotateSessionId(HttpServletRequest request) {
        try {
            request.changeSessionId();
        } catch (UnsupportedOperationException mockRequestOfABrowserlessTest) {
            // Nothing to rotate in a test without a servlet container.
        }
    }
}
