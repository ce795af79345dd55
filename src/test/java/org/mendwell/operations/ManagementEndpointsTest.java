package org.mendwell.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The actuator as the production (mariadb) profile lays it out, over real HTTP: a separate
 * management port bound to a private address (here loopback, on a random port) with health and the
 * Prometheus metrics, open there without signing in; the public port answers only the load
 * balancer's /livez and /readyz, with the status and nothing else.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "management.server.address=127.0.0.1",
            "management.endpoints.web.exposure.include=health,prometheus"
        })
@ActiveProfiles("test")
class ManagementEndpointsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheus_scrapes_the_metrics_on_the_management_port_and_they_name_nobody() {
        var visitor = new HttpVisitor(port);
        assertThat(visitor.signIn(Demo.CLINICIAN, Demo.PASSWORD)).doesNotContain("error");
        assertThat(new HttpVisitor(port).signIn(Demo.CLIENT, "not the password at all"))
                .contains("error");

        var scrape = new HttpVisitor(managementPort).get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body())
                .contains(
                        "jvm_memory_used_bytes",
                        "hikaricp_connections_active",
                        "http_server_requests_seconds_count",
                        "tomcat_sessions_active_current_sessions",
                        "mendwell_reminders_sent_total",
                        "mendwell_sign_ins_total{outcome=\"success\"} 1.0",
                        "mendwell_sign_ins_total{outcome=\"failure\"} 1.0");
        assertThat(scrape.body())
                .as("metrics carry counts, never who")
                .doesNotContain(Demo.CLINICIAN, Demo.CLIENT, "@mendwell.example");
    }

    @Test
    void the_management_port_reports_health_without_details() {
        var health = new HttpVisitor(managementPort).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    }

    @Test
    void the_public_port_answers_liveness_and_readiness_with_the_status_only_and_no_metrics() {
        var visitor = new HttpVisitor(port);
        for (String probe : new String[] {"/livez", "/readyz"}) {
            var response = visitor.get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator"}) {
            var response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("jvm_", "hikaricp", "\"_links\"");
        }
    }

    @Test
    void the_management_port_does_not_listen_on_the_machines_other_addresses() throws Exception {
        Optional<InetAddress> otherAddress = nonLoopbackAddress();
        // A machine with only a loopback interface has no other address to try; CI machines have one.
        if (otherAddress.isPresent()) {
            assertThatThrownBy(() -> {
                        try (var socket = new Socket()) {
                            socket.connect(new InetSocketAddress(otherAddress.get(), managementPort), 2000);
                        }
                    })
                    .as("management port on " + otherAddress.get())
                    .isInstanceOf(IOException.class);
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(otherAddress.get(), port), 2000);
                assertThat(socket.isConnected())
                        .as("the public port listens on every address")
                        .isTrue();
            }
        }
        assertThat(new HttpVisitor(managementPort).get("/actuator/health").statusCode())
                .isEqualTo(200);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(Inet4Address.class::isInstance)
                .findFirst();
    }
}
