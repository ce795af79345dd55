package org.mendwell.account.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mendwell.account.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The web security rules. Views declare who may open them ({@code @RolesAllowed}); services check
 * role and ownership again, so a view that forgets cannot leak a record.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(RequestBodyGuard.Limits.class)
class SecurityConfig {

    static final String ARGON2 = "argon2";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionPolicy sessionPolicy,
            RequestUtil vaadinRequests,
            RequestBodyGuard bodyGuard,
            PlainRefusal refusal)
            throws Exception {
        // Vaadin 25 denies every request it does not recognise: our own static files are named here.
        // Health (status only, no details) is public for load balancers: /livez and /readyz always,
        // and /actuator/health where the actuator shares the portal's port (development).
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/styles/**",
                        "/components/**",
                        "/images/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/livez",
                        "/readyz")
                .permitAll()
                .requestMatchers(SecurityConfig::onTheManagementServer)
                .permitAll()
                .requestMatchers(request -> signedInPageRequest(request, vaadinRequests))
                .authenticated()
                // A draft's last words, posted as its page is left (letters' LetterDraftOnLeaving); CSRF-checked.
                .requestMatchers(HttpMethod.POST, "/drafts/**")
                .authenticated());
        // Vaadin's configurer exempts its log-in path from CSRF checks, so a page on another site could post
        // the attacker's e-mail and password and sign the victim's browser into the attacker's account
        // (log-in CSRF). Vaadin's own requests carry Vaadin's CSRF token and stay exempt from Spring's;
        // the log-in form posts Spring's token, which Vaadin puts in the page's _csrf meta tag.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A right password may still need a code; that path goes through the failure handler (see
        // SecondStepRequired). Vaadin 25.2's configurer has no option for it, and keeps a handler it finds.
        // Declared after Vaadin's configurer so that the form log-in is set up after Vaadin names its
        // log-in view; declared before, Spring Security would serve its own default log-in page.
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        // Idle and absolute session limits, and ending other sessions, checked once the session's sign-in is known.
        http.addFilterAfter(sessionPolicy.filter(), SecurityContextHolderFilter.class);
        // Request bodies over the limit for the signed-in or not are refused before anything reads them,
        // with the protective headers on the refusal.
        http.addFilterAfter(bodyGuard.filter(), HeaderWriterFilter.class);
        // A name or password in the address is refused before the log-in filter could read it from there.
        http.addFilterBefore(new CredentialsInUrlGuard(refusal), UsernamePasswordAuthenticationFilter.class);
        SecurityHeaders.apply(http);
        return http.build();
    }

    /**
     * A signed-in person opening an address in the browser, whether or not a page has it: let through to Vaadin,
     * whose router checks each view's roles and answers an address without a page (a broken or incomplete link,
     * such as {@code /my/letter} without its id) with the portal's calm "not found" page and 404
     * ({@code PageNotFoundView}). Vaadin's own rules deny every address they do not know, which gave a signed-in
     * person the browser's bare 403. Someone not signed in is not matched here, so Vaadin's rules still send them
     * to the log-in page for any address they may not open, known or not: no address is confirmed to them.
     */
    private static boolean signedInPageRequest(HttpServletRequest request, RequestUtil vaadinRequests) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && signedIn != null
                && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)
                && !vaadinRequests.isFrameworkInternalRequest(request)
                && !path.equals("/error")
                && !path.startsWith("/actuator");
    }

    /**
     * A request to the separate management server (production: its own port, bound to a private
     * address the reverse proxy never forwards to), where Prometheus scrapes the metrics without
     * signing in. The same filter chain guards that server, so without this rule Vaadin's would refuse it.
     */
    private static boolean onTheManagementServer(HttpServletRequest request) {
        return WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), "management");
    }

    /**
     * Argon2id with OWASP's recommended cost (19 MiB, two passes, one lane) for new hashes. bcrypt
     * hashes from before still match, and are re-hashed with Argon2id at the person's next sign-in
     * (see {@link AccountUserDetailsService#updatePassword}). bcrypt is not kept for new hashes: it
     * reads only the first 72 bytes of a password, and we allow up to 128 characters.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = Map.<String, PasswordEncoder>of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2), "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    /**
     * Spring's publisher turns only the exception classes it knows into failure events and drops any
     * other silently, our {@link SignInPaused} among them: every refused sign-in is a failure event, so
     * the audit trail sees (and counts) the paused ones too.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }
}
