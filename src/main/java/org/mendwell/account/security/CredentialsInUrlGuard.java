package org.mendwell.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that carries a sign-in name or password in its address ({@code POST /login?password=…}).
 * The servlet API mixes the query string into the form's parameters, so the log-in form would accept them,
 * and addresses are written to proxy and access logs, browser history and Referer headers. Refused with 400
 * before anything checks them (security round 2, finding 4); the log line names neither value.
 */
class CredentialsInUrlGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CredentialsInUrlGuard.class);

    private final PlainRefusal refusal;

    CredentialsInUrlGuard(PlainRefusal refusal) {
        this.refusal = refusal;
    }

    /**
     * Names for sign-in names and secrets: the log-in form's fields, the usual short forms of a password, one-time
     * codes, and bearer credentials. Not {@code token}: our single-use links (activation, password reset, e-mail
     * confirmation) carry theirs in the path, made to be sent in an address and spent on first use, and a bare
     * "token" names too many harmless things to refuse every address that has one.
     */
    static final Set<String> SECRET_NAMES = Set.of(
            "username",
            "password",
            "pass",
            "passwd",
            "pwd",
            "passphrase",
            "passcode",
            "new-password",
            "current-password",
            "otp",
            "totp",
            "secret",
            "client_secret",
            "access_token",
            "id_token",
            "refresh_token",
            "api_key",
            "apikey");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (namesASecret(request.getQueryString())) {
            log.warn(
                    "Refused a request with a sign-in name or password in its address ({} {})",
                    request.getMethod(),
                    request.getRequestURI());
            // Written here, not through sendError: the error page is closed to visitors who are not signed in,
            // and its redirect to the log-in page would hide the refusal.
            refusal.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "account.refusal.credentials-in-url");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean namesASecret(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return false;
        }
        return Arrays.stream(queryString.split("&"))
                .map(pair -> pair.split("=", 2)[0])
                .map(name -> decoded(name).strip().toLowerCase(Locale.ROOT))
                .anyMatch(SECRET_NAMES::contains);
    }

    /** A malformed escape ({@code %zz}) names no secret: kept as it is rather than failing the request. */
    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
