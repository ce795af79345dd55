package org.mendwell.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Signs in over real HTTP as a browser would: the log-in page's CSRF token, then the form post. */
public final class HttpSignIn {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private HttpSignIn() {
    }

    /** A client that keeps cookies (the session) and shows redirects instead of following them. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .build();
    }

    /** The response to the log-in form post: a redirect home on success, back to the log-in page on failure. */
    public static HttpResponse<String> post(HttpClient http, int port, String email, String password)
            throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(login.body());
        if (!token.find()) {
            throw new AssertionError("The log-in page carries no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
