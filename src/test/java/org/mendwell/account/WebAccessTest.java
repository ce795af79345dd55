package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.support.MendwellWebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What someone who is not signed in can reach over real HTTP. */
@MendwellWebTest
class WebAccessTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signed_out_requests_for_any_page_are_sent_to_the_log_in_page() throws Exception {
        for (String path : new String[] {"/caseload", "/admin", "/my/exercises", "/"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void the_log_in_page_and_static_resources_are_public() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        var css = get("/styles/mendwell.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".mw-page");
    }

    @Test
    void every_page_links_a_favicon_that_anyone_may_fetch() throws Exception {
        var link = Pattern.compile("<link[^>]*images/favicon\\.svg[^>]*>")
                .matcher(get("/login").body());
        assertThat(link.find()).as("a link to the icon").isTrue();
        assertThat(link.group()).contains("rel=\"icon\"");
        var icon = get("/images/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void health_is_public_without_details_and_other_actuator_endpoints_are_not() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");

        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics"}) {
            assertThat(get(path).statusCode()).as(path).isIn(302, 401, 403, 404);
        }
    }
}
