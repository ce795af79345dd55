package org.mendwell.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The production jar ({@code ./mvnw package}, with Vaadin's production bundle) started as a separate
 * process on a free port with a fresh H2 database, as a person would run it: the benchmarks measure
 * that process, not the one driving it. The demo data size is passed on when the Maven run sets
 * {@code -Dmendwell.demo.size=...}.
 */
final class ProductionJar implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path dataDirectory;
    private final long readyNanos;

    private ProductionJar(Process process, int port, Path dataDirectory, long readyNanos) {
        this.process = process;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.readyNanos = readyNanos;
    }

    /** Starts the jar with the given JVM options and waits until its readiness check says UP. */
    static ProductionJar start(String name, List<String> jvmOptions) {
        return start(name, jar(), jvmOptions);
    }

    /** As {@link #start(String, List)} for a given jar (the extracted form, say) on a fresh database. */
    static ProductionJar start(String name, Path jar, List<String> jvmOptions) {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("mendwell-benchmark-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(name, jar, jvmOptions, dataDirectory);
    }

    /** As {@link #start(String, Path, List)}, on an existing data directory (a second start on the same database). */
    static ProductionJar start(String name, Path jar, List<String> jvmOptions, Path dataDirectory) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx" + System.getProperty("benchmark.server.xmx", "1g"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        command.addAll(applicationArguments(dataDirectory));
        Path log = BenchmarkReport.RESULTS.resolveSibling(name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(dataDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            awaitReady(process, port, log);
            return new ProductionJar(process, port, dataDirectory, System.nanoTime() - started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database in {@code dataDirectory}, no reminder job, and the demo data size when one is given. */
    static List<String> applicationArguments(Path dataDirectory) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.datasource.url=jdbc:h2:file:"
                + dataDirectory.toAbsolutePath().resolve("mendwell")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        // No reminder e-mails are due in a benchmark; the job would only add noise to the figures.
        arguments.add("--mendwell.reminders.enabled=false");
        String size = System.getProperty("mendwell.demo.size");
        if (size != null && !size.isBlank()) {
            arguments.add("--mendwell.demo.size=" + size);
        }
        return arguments;
    }

    /** The same java that runs the benchmark (JDK 25 under the project's build). */
    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("mendwell-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("No production jar in target/: run ./mvnw package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Process process, int port, Path log) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in start-up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The jar was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    long pid() {
        return process.pid();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    double readyMillis() {
        return readyNanos / 1e6;
    }

    /** CPU time (user + system) the server process has used so far, in seconds, from /proc. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"), StandardCharsets.US_ASCII);
            // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 14th, stime the
            // 15th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Time the server's threads spent runnable but waiting for a CPU, in seconds so far (the second
     * field of each thread's {@code /proc/<pid>/task/<tid>/schedstat}): how much the machine, not
     * the portal, held requests up.
     */
    double runQueueWaitSeconds() {
        long nanos = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    nanos += Long.parseLong(
                            Files.readString(task.resolve("schedstat")).trim().split(" ")[1]);
                } catch (IOException threadEnded) {
                    // a thread that ended between the listing and the read has nothing more to add
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nanos / 1e9;
    }

    /** Runs a jcmd command against the server process and returns its output. */
    String jcmd(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaExecutable()).resolveSibling("jcmd").toString());
        command.add(String.valueOf(pid()));
        command.addAll(List.of(arguments));
        try {
            Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the process; the temporary database stays for a caller that starts again on it. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        deleteRecursively(dataDirectory);
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
