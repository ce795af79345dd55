package org.mendwell.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, played over plain HTTP the way Vaadin's client does it: the page, the init
 * request that creates the UI ({@code ?v-r=init}), then UIDL posts carrying the UI's security key,
 * the {@code syncId} the server last sent and the client's own message counter ({@code clientId}).
 * The server builds the same UI state as for a real browser; nothing is rendered here. Sign-in is
 * the log-in form's own POST to Spring Security with the CSRF token from the page.
 *
 * <p>Cookies are kept per tab, so many tabs can share one {@link HttpClient} (and its connections).
 */
final class VaadinClient {

    /** Where every request's time and outcome goes, under a name for the kind of request. */
    interface Recorder {
        void record(String request, long nanos, boolean ok);

        Recorder NONE = (request, nanos, ok) -> {};
    }

    /** A request the server answered with an error, an expired session or a page that was not asked for. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CONFIRM = Pattern.compile("\\$connector\\.confirm\\(\\$1\\)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String baseUrl;
    private final Recorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final List<String> links = new ArrayList<>();
    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;

    VaadinClient(HttpClient http, String baseUrl, Recorder recorder) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.recorder = recorder;
    }

    /** A client for the benchmarks: no redirects followed (the sign-in's answer is a redirect to read). */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The log-in page, then the form's POST; fails unless Spring Security accepts the password. */
    void signIn(String email, String password) {
        String page = get("sign-in page", "login").body();
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new Failure("no CSRF token on the log-in page");
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> answer = send(
                "sign-in",
                HttpRequest.newBuilder(URI.create(baseUrl + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                302);
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("login")) {
            throw new Failure("sign-in refused for a demo account (redirected to " + location + ")");
        }
    }

    /** Opens a route in a new tab: the page, a new UI, and the first navigation, as a browser does. */
    void open(String route, String name) {
        get(name + " page", route);
        JsonNode init = JSON.readTree(get(name + " init", "?v-r=init&location=" + encode(route) + "&query=")
                .body());
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = 0;
        navigate(route, name);
    }

    /** Moves the open tab to another route, as a click on a link inside the portal does. */
    void navigate(String route, String name) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        event.set("data", data);
        links.clear();
        JsonNode response = rpc(name, event);
        if (response.toString().contains("AccessDeniedView")
                || response.toString().contains("mw-login")) {
            throw new Failure(route + " did not open");
        }
        confirmGridUpdates(response);
    }

    /** Calls a method the component's client-side connector calls ({@code element.$server.method(args)}). */
    JsonNode call(String name, int node, String method, Object... arguments) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", JSON.valueToTree(arguments));
        rpc.put("promise", 0);
        JsonNode response = rpc(name, rpc);
        confirmGridUpdates(response);
        return response;
    }

    /** The node of the first attached element with this tag. */
    OptionalInt node(String tag) {
        return tags.entrySet().stream()
                .filter(e -> e.getValue().equals(tag))
                .mapToInt(Map.Entry::getKey)
                .min();
    }

    /** Router links to routes starting with {@code prefix}, in the order the server sent them. */
    List<String> links(String prefix) {
        return links.stream().filter(link -> link.startsWith(prefix)).collect(Collectors.toList());
    }

    /** The grid connector acknowledges every batch of rows; without it the server keeps the batch. */
    private void confirmGridUpdates(JsonNode response) {
        for (JsonNode execute : response.path("execute")) {
            int size = execute.size();
            if (size >= 3 && CONFIRM.matcher(execute.get(size - 1).asString()).find()) {
                int grid = execute.get(0).path("@v-node").asInt();
                int update = execute.get(1).asInt();
                call("grid confirm", grid, "confirmUpdate", update);
                return;
            }
        }
    }

    private JsonNode rpc(String name, JsonNode... invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        for (JsonNode invocation : invocations) {
            rpc.add(invocation);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> answer = send(
                name,
                HttpRequest.newBuilder(URI.create(baseUrl + "?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(message.toString())),
                200);
        String body = answer.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode response = JSON.readTree(body);
        if (response.isArray()) {
            response = response.get(0);
        }
        JsonNode meta = response.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired")) {
            throw new Failure(name + ": the server answered " + meta);
        }
        syncId = response.path("syncId").asInt(syncId);
        clientId = response.path("clientId").asInt(clientId + 1);
        for (JsonNode change : response.path("changes")) {
            String key = change.path("key").asString("");
            if (change.path("type").asString("").equals("detach")) {
                tags.remove(change.path("node").asInt());
            } else if (key.equals("tag")) {
                tags.put(change.path("node").asInt(), change.path("value").asString());
            } else if (key.equals("href") && change.path("value").isString()) {
                links.add(change.path("value").asString());
            }
        }
        return response;
    }

    private HttpResponse<String> get(String name, String path) {
        return send(name, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200);
    }

    private HttpResponse<String> send(String name, HttpRequest.Builder request, int expectedStatus) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            recorder.record(name, System.nanoTime() - started, false);
            throw new Failure(name + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(name + ": interrupted");
        }
        long nanos = System.nanoTime() - started;
        boolean ok = response.statusCode() == expectedStatus;
        recorder.record(name, nanos, ok);
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            }
        }
        if (!ok) {
            throw new Failure(name + ": HTTP " + response.statusCode());
        }
        return response;
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
