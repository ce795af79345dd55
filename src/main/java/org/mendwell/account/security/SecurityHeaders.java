package org.mendwell.account.security;

import org.mendwell.shared.HashedBundleCaching;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers a passive scanner looks for, in one place. Spring Security already sends
 * {@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate} and {@code nosniff} on every
 * response it handles; they are kept, and the rest is added here.
 */
final class SecurityHeaders {

    /**
     * Vaadin Flow needs inline scripts (its bootstrap) and {@code unsafe-eval} (its client engine turns
     * the server's JavaScript expressions into functions), and inline styles. Everything is loaded from
     * our own origin; nothing may frame the portal, and forms post only back to it. Because scripts
     * cannot be restricted further, no user text is ever rendered as HTML (see docs/security.md).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** A browser remembers for a year that the portal is HTTPS only; sent only over HTTPS (see README). */
    static final int HSTS_SECONDS = 365 * 24 * 60 * 60;

    /**
     * Written before the request reaches Vaadin. Written lazily (Spring's default), they were missing
     * from Vaadin's bootstrap page, which did not commit through Spring's response wrapper.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_EAGERLY = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    private SecurityHeaders() {}

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.withObjectPostProcessor(WRITE_EAGERLY)
                // Every response is kept out of caches except the content-hashed bundle files, which
                // the browser keeps for a year (HashedBundleCaching); they hold no one's data.
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        request -> !HashedBundleCaching.isHashedBundleFile(request), new CacheControlHeadersWriter()))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                // Addresses carry record ids: none leaves the portal in a Referer header.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS))
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }
}
