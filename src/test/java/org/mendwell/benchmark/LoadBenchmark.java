package org.mendwell.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mendwell.benchmark.BenchmarkReport.Percentiles;

/**
 * K people using the portal at once over real HTTP on loopback, against the production jar in its
 * own process (so its CPU is its own): each signs in (ramped, since a sign-in is a deliberately slow
 * Argon2id hash), opens their home page, then acts every few seconds with think time between.
 * Clinicians re-sort and scroll their caseload and reopen it; clients move between their exercise
 * list and an exercise. Driven with the JDK's HttpClient speaking Vaadin's protocol (see
 * {@link VaadinClient}), one virtual thread per person.
 *
 * <p>{@code -Dbenchmark.load.users=500 -Dbenchmark.load.ramp=120 -Dbenchmark.load.steady=120
 * -Dbenchmark.load.think=5} (seconds; think time is uniform between half and one and a half times
 * the mean).
 */
class LoadBenchmark {

    private static final String PASSWORD = "mendwell-demo";
    private static final int USERS = Integer.getInteger("benchmark.load.users", 500);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("benchmark.load.ramp", 120));
    private static final Duration STEADY = Duration.ofSeconds(Integer.getInteger("benchmark.load.steady", 120));
    private static final Duration THINK = Duration.ofSeconds(Integer.getInteger("benchmark.load.think", 5));
    /** One person in five is a clinician. */
    private static final int CLINICIAN_EVERY = 5;

    private static final List<String> CLINICIANS = List.of("clinician@mendwell.example", "clinician2@mendwell.example");
    private static final List<String> CLIENTS = List.of(
            "client@mendwell.example",
            "client2@mendwell.example",
            "jonas.kettering@mendwell.example",
            "hana.morikawa@mendwell.example",
            "samuel.achterberg@mendwell.example",
            "oskar.vell@mendwell.example",
            "grace.teodoro@mendwell.example");
    /** Caseload columns a clinician sorts by (the grid's column keys). */
    private static final List<String> SORTABLE =
            List.of("col0", "col1", "col2", "col3", "col4", "col5", "col6", "col7", "col8", "col9");

    private final Map<String, ConcurrentLinkedQueue<Long>> ramp = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> steady = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private final AtomicLong unfinishedUsers = new AtomicLong();
    private volatile long steadyFrom;
    private volatile long steadyUntil;
    private String loadAverageAtSteady = "";
    private String loadAverageAtEnd = "";
    private double runQueueWaitSteady;

    @Test
    void concurrent_people_with_think_time() throws Exception {
        try (var server = ProductionJar.start("load-server", List.of());
                HttpClient http = VaadinClient.newHttpClient()) {
            long begin = System.nanoTime();
            steadyFrom = begin + RAMP.toNanos();
            steadyUntil = steadyFrom + STEADY.toNanos();
            double serverCpuAtStart = server.cpuSeconds();
            double[] serverCpuAtSteady = new double[1];
            double driverCpuAtSteady;
            var operatingSystem =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

            List<Thread> people = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                int person = i;
                long startAt = begin + RAMP.toNanos() * i / USERS;
                people.add(Thread.ofVirtual().name("person-" + i).start(() -> live(http, server, person, startAt)));
            }
            sleepUntil(steadyFrom);
            serverCpuAtSteady[0] = server.cpuSeconds();
            driverCpuAtSteady = operatingSystem.getProcessCpuTime() / 1e9;
            loadAverageAtSteady = loadAverage();
            double waitAtSteady = server.runQueueWaitSeconds();
            sleepUntil(steadyUntil);
            double serverCpuAtEnd = server.cpuSeconds();
            double driverCpuAtEnd = operatingSystem.getProcessCpuTime() / 1e9;
            loadAverageAtEnd = loadAverage();
            runQueueWaitSteady = server.runQueueWaitSeconds() - waitAtSteady;
            for (Thread person : people) {
                person.join(Duration.ofSeconds(60));
            }
            report(
                    serverCpuAtSteady[0] - serverCpuAtStart,
                    serverCpuAtEnd - serverCpuAtSteady[0],
                    driverCpuAtEnd - driverCpuAtSteady);
        }
        assertThat(steady).as("requests in the steady phase").isNotEmpty();
    }

    /** One person: sign in at their moment in the ramp, open their home, then act until the end. */
    private void live(HttpClient http, ProductionJar server, int person, long startAt) {
        sleepUntil(startAt);
        boolean clinician = person % CLINICIAN_EVERY == 0;
        var tab = new VaadinClient(http, server.baseUrl(), this::record);
        try {
            if (clinician) {
                tab.signIn(CLINICIANS.get(person / CLINICIAN_EVERY % CLINICIANS.size()), PASSWORD);
                tab.open("caseload", "caseload");
            } else {
                tab.signIn(CLIENTS.get(person % CLIENTS.size()), PASSWORD);
                tab.open("my/exercises", "my exercises");
            }
            List<String> exercises = clinician ? List.of() : tab.links("my/exercise/");
            int step = 0;
            while (true) {
                sleepUntil(System.nanoTime() + thinkNanos());
                if (System.nanoTime() >= steadyUntil) {
                    return;
                }
                if (clinician) {
                    actAsClinician(tab, step++);
                } else {
                    exercises = actAsClient(tab, step++, exercises);
                }
            }
        } catch (RuntimeException failure) {
            // The person stops, as someone would after an error page; the request was counted where it failed.
            errors.computeIfAbsent("person stopped", k -> new AtomicInteger()).incrementAndGet();
            if (firstErrors.size() < 10) {
                firstErrors.add(failure.toString());
            }
            unfinishedUsers.incrementAndGet();
        }
    }

    private static void actAsClinician(VaadinClient tab, int step) {
        int grid = tab.node("vaadin-grid").orElseThrow(() -> new VaadinClient.Failure("no caseload grid"));
        switch (step % 3) {
            case 0 -> {
                String column = SORTABLE.get(ThreadLocalRandom.current().nextInt(SORTABLE.size()));
                String direction = ThreadLocalRandom.current().nextBoolean() ? "asc" : "desc";
                tab.call(
                        "caseload sort",
                        grid,
                        "sortersChanged",
                        List.of(Map.of("path", column, "direction", direction)));
            }
            case 1 -> tab.call("caseload page", grid, "setViewportRange", 50, 50);
            default -> tab.navigate("caseload", "caseload");
        }
    }

    private static List<String> actAsClient(VaadinClient tab, int step, List<String> exercises) {
        if (step % 2 == 0 && !exercises.isEmpty()) {
            tab.navigate(exercises.get(ThreadLocalRandom.current().nextInt(exercises.size())), "exercise");
            return exercises;
        }
        tab.navigate("my/exercises", "my exercises");
        List<String> fresh = tab.links("my/exercise/");
        return fresh.isEmpty() ? exercises : fresh;
    }

    private void record(String request, long nanos, boolean ok) {
        long now = System.nanoTime();
        boolean inSteady = now - nanos >= steadyFrom && now <= steadyUntil;
        (inSteady ? steady : ramp)
                .computeIfAbsent(request, k -> new ConcurrentLinkedQueue<>())
                .add(nanos);
        if (!ok) {
            errors.computeIfAbsent(request, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void report(double serverCpuRamp, double serverCpuSteady, double driverCpuSteady) {
        int cores = Runtime.getRuntime().availableProcessors();
        long steadyRequests =
                steady.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        var all = steady.values().stream()
                .flatMap(ConcurrentLinkedQueue::stream)
                .mapToLong(Long::longValue)
                .toArray();
        var report = new StringBuilder();
        report.append(String.format(
                        Locale.ROOT,
                        "### Load run: %d people, think time %d s ± 50%%, ramp %d s, "
                                + "steady %d s (production jar, loopback, %d cores)%n%n",
                        USERS,
                        THINK.toSeconds(),
                        RAMP.toSeconds(),
                        STEADY.toSeconds(),
                        cores))
                .append("Driver: the JDK's HttpClient speaking Vaadin's UIDL protocol (`VaadinClient`), one virtual "
                        + "thread per person. One person in five is a clinician.\n\n")
                .append("Steady phase, per request (ms):\n\n")
                .append("| request | p50 | p95 | p99 | max | samples |\n|---|---|---|---|---|---|\n");
        new TreeMap<>(steady)
                .forEach((request, nanos) -> report.append("| ")
                        .append(request)
                        .append(" | ")
                        .append(Percentiles.of(toArray(nanos)).cells())
                        .append(" |\n"));
        if (all.length > 0) {
            report.append("| **all steady requests** | ")
                    .append(Percentiles.of(all).cells())
                    .append(" |\n");
        }
        report.append("\nRamp phase (sign-ins happen here), per request (ms):\n\n")
                .append("| request | p50 | p95 | p99 | max | samples |\n|---|---|---|---|---|---|\n");
        new TreeMap<>(ramp)
                .forEach((request, nanos) -> report.append("| ")
                        .append(request)
                        .append(" | ")
                        .append(Percentiles.of(toArray(nanos)).cells())
                        .append(" |\n"));
        int errorCount = errors.entrySet().stream()
                .filter(e -> !e.getKey().equals("person stopped"))
                .mapToInt(e -> e.getValue().get())
                .sum();
        report.append(String.format(
                        Locale.ROOT,
                        "%nErrors: %d failed requests, %d people stopped by an error %s%n%n",
                        errorCount,
                        unfinishedUsers.get(),
                        errors))
                .append(String.format(
                        Locale.ROOT,
                        "Steady throughput: %.1f requests/s%n%n",
                        steadyRequests / (double) STEADY.toSeconds()))
                .append(String.format(
                        Locale.ROOT,
                        "Server CPU: %.2f cores on average over the ramp, %.2f over the "
                                + "steady phase (of %d); the load driver used %.2f cores over the steady phase.%n",
                        serverCpuRamp / RAMP.toSeconds(),
                        serverCpuSteady / STEADY.toSeconds(),
                        cores,
                        driverCpuSteady / STEADY.toSeconds()));
        report.append(String.format(
                Locale.ROOT,
                "%nServer threads waiting for a CPU (runnable, not running; from "
                        + "/proc schedstat) over the steady phase: %.2f thread-seconds per second.%n",
                runQueueWaitSteady / STEADY.toSeconds()));
        report.append("\nMachine load average (1, 5, 15 min; other processes count too) at the start of the steady "
                        + "phase: ")
                .append(loadAverageAtSteady)
                .append("; at its end: ")
                .append(loadAverageAtEnd)
                .append('\n');
        if (!firstErrors.isEmpty()) {
            report.append("\nFirst errors: ").append(firstErrors).append('\n');
        }
        BenchmarkReport.append(report.toString());
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long[] toArray(ConcurrentLinkedQueue<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    private static long thinkNanos() {
        return (long) (THINK.toNanos() * (0.5 + ThreadLocalRandom.current().nextDouble()));
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
