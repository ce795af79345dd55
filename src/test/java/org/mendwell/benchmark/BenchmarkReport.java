package org.mendwell.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where every benchmark writes its figures: printed to the console and appended, as Markdown, to
 * {@code target/benchmark/results.md}, so one run of {@code ./mvnw -Pbenchmark verify} leaves one
 * table to paste into {@code docs/performance.md}.
 */
public final class BenchmarkReport {

    public static final Path RESULTS = Path.of("target", "benchmark", "results.md");

    private BenchmarkReport() {}

    /** Prints a section and appends it to the results file. */
    public static synchronized void append(String markdown) {
        System.out.println();
        System.out.println(markdown);
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(
                    RESULTS,
                    markdown + System.lineSeparator() + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Latency percentiles of one operation, from durations in nanoseconds. */
    public record Percentiles(int samples, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {

        public static Percentiles of(long[] nanos) {
            if (nanos.length == 0) {
                throw new IllegalArgumentException("no samples");
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Percentiles(
                    sorted.length,
                    millis(sorted, 0.50),
                    millis(sorted, 0.95),
                    millis(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }

        /** Nearest-rank percentile: the smallest sample with at least {@code p} of the samples at or below it. */
        private static double millis(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        public String cells() {
            return String.format(
                    Locale.ROOT, "%.1f | %.1f | %.1f | %.1f | %d", p50Millis, p95Millis, p99Millis, maxMillis, samples);
        }
    }
}
