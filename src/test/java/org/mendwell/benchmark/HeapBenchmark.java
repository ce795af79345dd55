package org.mendwell.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Heap retained per signed-in session: N real sessions over HTTP (sign-in, then the person's home
 * page with its Vaadin UI built on the server), a full collection before and after, the growth
 * divided by N. Measured on the production jar in its own process, so the benchmark's own objects
 * are not counted. {@code -Dbenchmark.heap.sessions=N} (default 200).
 */
class HeapBenchmark {

    private static final String PASSWORD = "mendwell-demo";
    private static final int SESSIONS = Integer.getInteger("benchmark.heap.sessions", 200);
    private static final int WARM_UP = 5;

    private static ProductionJar server;
    private static HttpClient http;
    /** The tabs stay referenced until the end, like open browsers keeping their sessions. */
    private static final List<VaadinClient> open = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = ProductionJar.start("heap-server", List.of());
        http = VaadinClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void heap_per_session_for_a_clinician_on_the_caseload_and_a_client_on_their_exercises() {
        // Warm-up: classes loaded, caches and pools filled, so the difference is the sessions alone.
        for (int i = 0; i < WARM_UP; i++) {
            clinicianOnCaseload();
            clientOnExercises();
        }
        ClassHistogram start = ClassHistogram.of(server);

        for (int i = 0; i < SESSIONS; i++) {
            clinicianOnCaseload();
        }
        ClassHistogram afterClinicians = ClassHistogram.of(server);
        for (int i = 0; i < SESSIONS; i++) {
            clientOnExercises();
        }
        ClassHistogram afterClients = ClassHistogram.of(server);

        double clinicianKb = (afterClinicians.totalBytes() - start.totalBytes()) / 1024.0 / SESSIONS;
        double clientKb = (afterClients.totalBytes() - afterClinicians.totalBytes()) / 1024.0 / SESSIONS;
        var report = new StringBuilder();
        report.append("### Heap per signed-in session (production jar, ")
                .append(SESSIONS)
                .append(" sessions of each kind, live heap after a full GC)\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "Live heap after start-up and %d warm-up sessions: %.1f MB%n%n",
                        2 * WARM_UP,
                        start.totalBytes() / 1024.0 / 1024.0))
                .append("| session | KB per session | target |\n|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| clinician on the caseload | %.1f | ≤ 300 |%n", clinicianKb))
                .append(String.format(Locale.ROOT, "| client on their exercises | %.1f | ≤ 150 |%n%n", clientKb));
        appendGrowth(report, "clinician sessions", afterClinicians.largestGrowthSince(start, 12));
        appendGrowth(report, "client sessions", afterClients.largestGrowthSince(afterClinicians, 12));
        BenchmarkReport.append(report.toString());

        // Not a pass mark: only that the sessions really were built (a UI per session holds far more than 1 KB).
        assertThat(clinicianKb).isGreaterThan(1.0);
        assertThat(clientKb).isGreaterThan(1.0);
    }

    private static void appendGrowth(StringBuilder report, String what, List<Map.Entry<String, Long>> growth) {
        report.append("Largest growth by class over the ")
                .append(what)
                .append(" (KB per session):\n\n")
                .append("| class | KB per session |\n|---|---|\n");
        growth.forEach(entry -> report.append(
                String.format(Locale.ROOT, "| `%s` | %.1f |%n", entry.getKey(), entry.getValue() / 1024.0 / SESSIONS)));
        report.append('\n');
    }

    private static void clinicianOnCaseload() {
        var tab = new VaadinClient(http, server.baseUrl(), VaadinClient.Recorder.NONE);
        tab.signIn("clinician@mendwell.example", PASSWORD);
        tab.open("caseload", "caseload");
        assertThat(tab.node("vaadin-grid")).as("the caseload grid").isPresent();
        open.add(tab);
    }

    private static void clientOnExercises() {
        var tab = new VaadinClient(http, server.baseUrl(), VaadinClient.Recorder.NONE);
        tab.signIn("client@mendwell.example", PASSWORD);
        tab.open("my/exercises", "my exercises");
        assertThat(tab.links("my/exercise/")).as("the client's exercises").isNotEmpty();
        open.add(tab);
    }
}
