package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers a passive scanner checks, over real HTTP: on the public log-in page, on a signed-in
 * page with health information, on a redirect, and on an error. HSTS only over HTTPS, which here
 * means a request the (trusted, loopback) reverse proxy marked as HTTPS.
 */
@MendwellWebTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProtective(HttpHeaders headers, String where) {
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as(where)
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "frame-ancestors 'none'",
                                "object-src 'none'",
                                "form-action 'self'"));
        assertThat(headers.firstValue("X-Frame-Options")).as(where).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(where).hasValue("no-referrer");
        assertThat(headers.firstValue("Cache-Control"))
                .as(where)
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(headers.firstValue("Permissions-Policy"))
                .as(where)
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
    }

    @Test
    void hashed_bundle_files_are_kept_for_a_year_and_nothing_else_is() throws Exception {
        Matcher bundle = Pattern.compile("VAADIN/build/[^\"'?/]+-[A-Za-z0-9_-]{8}\\.js")
                .matcher(get("/login").body());
        assertThat(bundle.find())
                .as("the log-in page loads a hashed bundle file")
                .isTrue();

        var file = get("/" + bundle.group());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, immutable");
        assertThat(file.headers().firstValue("Pragma"))
                .as("no contradicting no-cache")
                .isEmpty();
        assertThat(file.headers().firstValue("Expires")).isEmpty();
        assertThat(get("/VAADIN/build/indexhtml-AAAAAAAA.js").headers().allValues("Cache-Control"))
                .as("a file that is not there is not kept")
                .noneMatch(value -> value.contains("immutable"));
        assertThat(get("/login").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void public_pages_redirects_and_errors_carry_the_protective_headers() throws Exception {
        assertProtective(get("/login").headers(), "log-in page");
        assertProtective(get("/caseload").headers(), "redirect to log-in");
        var missing = get("/no-such-file.js");
        assertProtective(missing.headers(), "not found");
        assertThat(missing.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    @Test
    void a_signed_in_page_with_health_information_is_never_stored_and_keeps_its_cookie_from_scripts() throws Exception {
        var visitor = new HttpVisitor(port);
        var signedIn = visitor.postLogIn(Demo.CLINICIAN, Demo.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));

        var caseload = visitor.get("/caseload");
        assertThat(caseload.statusCode()).isEqualTo(200);
        assertProtective(caseload.headers(), "caseload");
        assertThat(caseload.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-cache", "no-store", "must-revalidate"));
    }

    @Test
    void strict_transport_security_is_sent_over_https_only() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
        var overHttps = get("/login", "X-Forwarded-Proto", "https");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
    }
}
