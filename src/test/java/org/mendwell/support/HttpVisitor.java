package org.mendwell.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One visitor over real HTTP, with their own cookies, who does not follow redirects. */
public final class HttpVisitor {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private @org.jspecify.annotations.Nullable String acceptLanguage;

    public HttpVisitor(int port) {
        this(port, "127.0.0.1");
    }

    /** A visitor connecting from another loopback address (127.x.y.z), as a second machine would. */
    public HttpVisitor(int port, String from) {
        this.port = port;
        try {
            this.http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .localAddress(java.net.InetAddress.getByName(from))
                    .build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(from, e);
        }
    }

    /** From now on every request says the browser's languages ({@code Accept-Language}), as "es-MX,es;q=0.9". */
    public HttpVisitor speaking(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    /** A visitor already signed in with this e-mail and password (and no second step). */
    public static HttpVisitor signedIn(int port, String email, String password) {
        var visitor = new HttpVisitor(port);
        String next = visitor.signIn(email, password);
        if (next.contains("error")) {
            throw new IllegalStateException(email + " could not sign in: " + next);
        }
        return visitor;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A GET with request headers given as name, value, name, value (a browser's Accept-Language, say). */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).headers(headers).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a body as it is given (a Vaadin UIDL message, say), with or without a declared length. */
    public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(body)
                .build());
    }

    /** Posts the log-in form as the browser does, and answers where the portal sends the person next. */
    public String signIn(String email, String password) {
        var response = postLogIn(email, password);
        return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
    }

    /**
     * Opens the log-in page and posts its form with the CSRF token the page carries (Vaadin's log-in
     * form reads it from the page's {@code _csrf} meta tag), as the browser does.
     */
    public HttpResponse<String> postLogIn(String email, String password) {
        return postForm("/login", Map.of("username", email, "password", password, "_csrf", csrfTokenOfTheLogInPage()));
    }

    /** Opens the log-in page and reads the CSRF token it carries for this visitor's session. */
    public String csrfTokenOfTheLogInPage() {
        return csrfTokenOf("/login");
    }

    /** Opens a page and reads the CSRF token it carries for this visitor's session, as the page's scripts do. */
    public String csrfTokenOf(String page) {
        Matcher token = CSRF_META.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException(page + " carries no CSRF token");
        }
        return token.group(1);
    }

    /** Posts a body with request headers given as name, value, name, value. */
    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** This visitor's cookie whose name passes the test, if it has one. */
    public Optional<HttpCookie> cookieNamed(Predicate<String> name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> name.test(c.getName()))
                .findFirst();
    }

    /** Adds a cookie, as someone who copied (or made up) one would. */
    public void addCookie(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    /** Closes the browser: the session cookie goes, lasting cookies stay. */
    public void closeSession() {
        cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .toList()
                .forEach(c -> cookies.getCookieStore().remove(uri("/"), c));
    }

    /** Presents someone else's session cookie, as a thief who copied it would. */
    public void useSessionId(String sessionId) {
        cookies.getCookieStore().removeAll();
        addCookie("JSESSIONID", sessionId);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest given) {
        HttpRequest request = acceptLanguage == null
                ? given
                : HttpRequest.newBuilder(given, (name, value) -> true)
                        .header("Accept-Language", acceptLanguage)
                        .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
