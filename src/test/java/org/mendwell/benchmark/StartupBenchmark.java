package org.mendwell.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Time from launching the production jar to its readiness check answering UP, on the embedded
 * database: the packed jar as built, then the extracted jar with the JDK's AOT cache (JDK 25,
 * {@code -XX:AOTCacheOutput} in a training run, then {@code -XX:AOTCache}), each on a fresh database
 * (the demo practice is seeded) and on one already seeded. {@code -Dbenchmark.startup.runs=N}
 * (default 2) starts per row.
 */
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.startup.runs", 2);
    private static final Pattern STARTED = Pattern.compile("Started MendwellApplication in ([0-9.]+) seconds");
    private static final Pattern SEEDED = Pattern.compile("Demo practice created");

    private record Row(String how, List<Double> readyMillis, List<Double> startedMillis) {}

    @Test
    void time_to_ready_of_the_production_jar() throws Exception {
        Path work = Files.createTempDirectory("mendwell-startup-");
        try {
            List<Row> rows = new ArrayList<>();
            Path packed = ProductionJar.jar();
            rows.add(measure("packed jar, fresh database (demo practice seeded)", packed, List.of(), true));
            rows.add(measure("packed jar, database already seeded", packed, List.of(), false));

            Path extracted = extract(packed, work.resolve("extracted"));
            Path cache = work.resolve("mendwell.aot");
            long trainingNanos = train(extracted, cache, work.resolve("training-data"));
            List<String> withCache = List.of("-XX:AOTCache=" + cache.toAbsolutePath());
            rows.add(measure(
                    "extracted jar + AOT cache, fresh database (demo practice seeded)", extracted, withCache, true));
            rows.add(measure("extracted jar + AOT cache, database already seeded", extracted, withCache, false));

            var report = new StringBuilder();
            report.append("### Start-up of the production jar to ready (`/actuator/health/readiness` UP)\n\n")
                    .append(String.format(
                            Locale.ROOT,
                            "%d starts per row; `Started` is Spring Boot's own figure "
                                    + "(context refreshed, before the demo seeder and readiness). AOT cache training run "
                                    + "(`-XX:AOTCacheOutput`, `-Dspring.context.exit=onRefresh`): %.1f s, cache %.0f MB.%n%n",
                            RUNS,
                            trainingNanos / 1e9,
                            Files.size(cache) / 1024.0 / 1024.0))
                    .append("| how | ready, s (each run) | `Started`, s (each run) |\n|---|---|---|\n");
            for (Row row : rows) {
                report.append("| ")
                        .append(row.how())
                        .append(" | ")
                        .append(seconds(row.readyMillis()))
                        .append(" | ")
                        .append(seconds(row.startedMillis()))
                        .append(" |\n");
            }
            BenchmarkReport.append(report.toString());
            assertThat(rows).allSatisfy(row -> assertThat(row.readyMillis()).hasSize(RUNS));
        } finally {
            ProductionJar.deleteRecursively(work);
        }
    }

    /** Starts the jar {@link #RUNS} times; "fresh" gives each start an empty database, otherwise one seeded before. */
    private static Row measure(String how, Path jar, List<String> jvmOptions, boolean fresh) throws IOException {
        List<Double> ready = new ArrayList<>();
        List<Double> started = new ArrayList<>();
        Path seeded = null;
        if (!fresh) {
            // A first start seeds the database; it is not counted.
            try (var first = ProductionJar.start("startup-seed", jar, jvmOptions)) {
                seeded = Files.createTempDirectory("mendwell-seeded-");
                first.stop();
                copy(first.dataDirectory(), seeded);
            }
        }
        for (int run = 0; run < RUNS; run++) {
            String log = "startup-" + run;
            ProductionJar server = fresh
                    ? ProductionJar.start(log, jar, jvmOptions)
                    : ProductionJar.start(log, jar, jvmOptions, copyOf(seeded));
            try {
                ready.add(server.readyMillis());
                started.add(startedMillis(log));
                if (fresh) {
                    assertThat(logText(log)).as("the demo practice was seeded").containsPattern(SEEDED);
                }
            } finally {
                server.close();
            }
        }
        if (seeded != null) {
            ProductionJar.deleteRecursively(seeded);
        }
        return new Row(how, ready, started);
    }

    /** Spring Boot's layout for the AOT cache: {@code java -Djarmode=tools -jar app.jar extract}. */
    private static Path extract(Path jar, Path destination) throws IOException, InterruptedException {
        run(
                List.of(
                        ProductionJar.javaExecutable(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "extract",
                        "--destination",
                        destination.toAbsolutePath().toString()),
                destination.getParent());
        return destination.resolve(jar.getFileName());
    }

    /** The training run Spring Boot documents: start until the context is refreshed, then exit and write the cache. */
    private static long train(Path jar, Path cache, Path dataDirectory) throws IOException, InterruptedException {
        Files.createDirectories(dataDirectory);
        List<String> command = new ArrayList<>(List.of(
                ProductionJar.javaExecutable(),
                "-XX:AOTCacheOutput=" + cache.toAbsolutePath(),
                "-Dspring.context.exit=onRefresh",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=0"));
        command.addAll(ProductionJar.applicationArguments(dataDirectory));
        long started = System.nanoTime();
        run(command, dataDirectory);
        assertThat(cache).as("the AOT cache").exists();
        return System.nanoTime() - started;
    }

    private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
        Path log = BenchmarkReport.RESULTS.resolveSibling("startup-tool.log").toAbsolutePath();
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Failed: " + command + "; see " + log);
        }
    }

    private static double startedMillis(String log) {
        Matcher started = STARTED.matcher(logText(log));
        return started.find() ? Double.parseDouble(started.group(1)) * 1000 : Double.NaN;
    }

    private static String logText(String log) {
        try {
            return Files.readString(BenchmarkReport.RESULTS.resolveSibling(log + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOf(Path seeded) throws IOException {
        Path copy = Files.createTempDirectory("mendwell-benchmark-");
        copy(seeded, copy);
        return copy;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static String seconds(List<Double> millis) {
        return String.join(
                ", ",
                millis.stream()
                        .map(ms -> String.format(Locale.ROOT, "%.1f", ms / 1000))
                        .toList());
    }
}
