package org.mendwell.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mendwell.benchmark.BenchmarkReport.Percentiles;

class BenchmarkReportTest {

    @Test
    void percentiles_are_nearest_rank_over_the_samples_in_any_order() {
        // 1..100 ms, shuffled by reversing: p50 is the 50th sample, p95 the 95th, p99 the 99th.
        long[] nanos = LongStream.rangeClosed(1, 100)
                .map(ms -> (101 - ms) * 1_000_000L)
                .toArray();

        Percentiles percentiles = Percentiles.of(nanos);

        assertThat(percentiles.p50Millis()).isEqualTo(50.0);
        assertThat(percentiles.p95Millis()).isEqualTo(95.0);
        assertThat(percentiles.p99Millis()).isEqualTo(99.0);
        assertThat(percentiles.maxMillis()).isEqualTo(100.0);
        assertThat(percentiles.cells()).isEqualTo("50.0 | 95.0 | 99.0 | 100.0 | 100");
    }

    @Test
    void a_single_sample_is_every_percentile() {
        Percentiles percentiles = Percentiles.of(new long[] {7_500_000L});

        assertThat(percentiles.p50Millis()).isEqualTo(7.5);
        assertThat(percentiles.p99Millis()).isEqualTo(7.5);
    }
}
