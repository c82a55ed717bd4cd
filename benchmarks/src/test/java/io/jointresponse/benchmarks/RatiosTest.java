package io.jointresponse.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatiosTest {

    /** Trimmed from a real JMH 1.37 result: average-time benchmarks and throughput ones. */
    private static final String SAMPLE = """
            [
              {
                "jmhVersion": "1.37",
                "benchmark": "io.jointresponse.benchmarks.DocumentBenchmark.pojoRead",
                "mode": "avgt", "threads": 1, "forks": 1,
                "params": {"payload": "incidentReport"},
                "primaryMetric": {"score": 2.0, "scoreError": 0.1, "scoreUnit": "us/op",
                                  "rawData": [[2.1, 1.9, 2.0, 2.0], [2.0, 2.0, 2.1, 1.9]]},
                "secondaryMetrics": {
                  "gc.alloc.rate.norm": {"score": 4000.0, "scoreError": "NaN", "scoreUnit": "B/op"}
                }
              },
              {
                "jmhVersion": "1.37",
                "benchmark": "io.jointresponse.benchmarks.DocumentBenchmark.readValidate",
                "mode": "avgt", "threads": 1, "forks": 1,
                "params": {"payload": "incidentReport"},
                "primaryMetric": {"score": 3000.0, "scoreError": 300.0, "scoreUnit": "ns/op",
                                  "rawData": [[5000.0, 4000.0, 1600.0, 1400.0]]},
                "secondaryMetrics": {
                  "gc.alloc.rate.norm": {"score": 10000.0, "scoreError": 20.0, "scoreUnit": "B/op"}
                }
              },
              {
                "benchmark": "io.jointresponse.benchmarks.DocumentBenchmark.readValidate",
                "mode": "avgt", "threads": 1, "forks": 1,
                "params": {"payload": "agreement"},
                "primaryMetric": {"score": 9.0, "scoreError": "NaN", "scoreUnit": "us/op"},
                "secondaryMetrics": {}
              },
              {
                "benchmark": "io.jointresponse.benchmarks.ThreadScalingBenchmark.oneThread",
                "mode": "thrpt", "threads": 1, "forks": 1, "params": {},
                "primaryMetric": {"score": 100.0, "scoreError": 1.0, "scoreUnit": "ops/ms"},
                "secondaryMetrics": {}
              },
              {
                "benchmark": "io.jointresponse.benchmarks.ThreadScalingBenchmark.twoThreads",
                "mode": "thrpt", "threads": 2, "forks": 1, "params": {},
                "primaryMetric": {"score": 190000.0, "scoreError": 2.0, "scoreUnit": "ops/s"},
                "secondaryMetrics": {}
              },
              {
                "benchmark": "io.jointresponse.benchmarks.NdjsonBenchmark.commandOneThread",
                "mode": "thrpt", "threads": 1, "forks": 1, "params": {},
                "primaryMetric": {"score": 1000.0, "scoreError": 100.0, "scoreUnit": "ops/s"},
                "secondaryMetrics": {}
              },
              {
                "benchmark": "io.jointresponse.benchmarks.NdjsonBenchmark.commandTwoThreads",
                "mode": "thrpt", "threads": 1, "forks": 1, "params": {},
                "primaryMetric": {"score": 1800.0, "scoreError": 90.0, "scoreUnit": "ops/s"},
                "secondaryMetrics": {}
              },
              {
                "benchmark": "io.jointresponse.benchmarks.NdjsonBenchmark.validatePayload",
                "mode": "thrpt", "threads": 1, "forks": 1, "params": {},
                "primaryMetric": {"score": 1.2, "scoreError": 0.12, "scoreUnit": "ops/ms"},
                "secondaryMetrics": {}
              }
            ]
            """;

    private final List<Ratios.Result> results = Ratios.parse(SAMPLE);

    private Ratios.Figure figure(String name) {
        return Ratios.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void parsesBenchmarkNamesParamsScoresAndNaNErrors() {
        assertThat(results).hasSize(8);
        Ratios.Result first = results.get(0);
        assertThat(first.benchmark()).isEqualTo("DocumentBenchmark.pojoRead");
        assertThat(first.params()).containsEntry("payload", "incidentReport");
        assertThat(first.primary()).isEqualTo(new Ratios.Score(2.0, 0.1, "us/op"));
        assertThat(first.secondary().get("gc.alloc.rate.norm").error()).isNaN();
        assertThat(results.get(4).threads()).isEqualTo(2);
    }

    @Test
    void flagsAScoreWhoseMeasurementsStillGetFaster() {
        assertThat(results.get(0).drifting()).isFalse();
        assertThat(results.get(1).drift()).isCloseTo(3.0, within(1e-9));
        assertThat(results.get(1).drifting()).isTrue();
    }

    @Test
    void dividesTimesPerOperationAcrossUnits() {
        Ratios.Ratio r = Ratios.compute(figure("read_validate_vs_pojo_read"), results).orElseThrow();
        // 3000 ns against 2 us.
        assertThat(r.value()).isCloseTo(1.5, within(1e-9));
        // Relative errors 10% and 5%, combined as independent.
        assertThat(r.error()).isCloseTo(1.5 * Math.hypot(0.1, 0.05), within(1e-9));
    }

    @Test
    void dividesAllocationPerOperation() {
        Ratios.Ratio r = Ratios.compute(figure("alloc_read_validate_vs_pojo_read"), results).orElseThrow();
        assertThat(r.value()).isCloseTo(2.5, within(1e-9));
        assertThat(r.error()).isNaN();
    }

    @Test
    void dividesThroughputsAcrossUnits() {
        Ratios.Ratio r = Ratios.compute(figure("two_threads_vs_one"), results).orElseThrow();
        assertThat(r.value()).isCloseTo(1.9, within(1e-9));
    }

    @Test
    void takesTheCommandsTwoThreadsPerThreadAgainstTheLibrarysOne() {
        assertThat(Ratios.compute(figure("ndjson_two_threads_vs_one"), results).orElseThrow().value()).isCloseTo(1.8, within(1e-9));
        Ratios.Ratio perThread = Ratios.compute(figure("ndjson_per_thread_vs_validate_payload"), results).orElseThrow();
        // 1800 documents a second on two threads, 900 each, against 1.2 a millisecond.
        assertThat(perThread.value()).isCloseTo(0.75, within(1e-9));
        // Relative errors 5% and 10%: sharing a score among threads does not change its relative error.
        assertThat(perThread.error()).isCloseTo(0.75 * Math.hypot(0.05, 0.1), within(1e-9));
        assertThat(figure("ndjson_per_thread_vs_validate_payload").status(perThread.value())).isEqualTo("met");
        assertThat(figure("ndjson_two_threads_vs_one").status(1.6)).isEqualTo("MISSED");
    }

    @Test
    void reportsAFigureWithAMissingSideAsMissing() {
        assertThat(Ratios.compute(figure("read_validate_vs_pojo_read.agreement"), results)).isEmpty();
        assertThat(Ratios.compute(figure("annual_100k_vs_10k"), results)).isEmpty();
    }

    @Test
    void printsOneRatioLinePerComputedFigureWithThreeDecimals() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ColdStart.Measurement cold = new ColdStart.Measurement("test", 400, 50, 10);
        Ratios.print(results, Optional.of(cold), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> ratioLines = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("RATIO ")).toList();
        assertThat(ratioLines).containsExactly(
                "RATIO read_validate_vs_pojo_read 1.500",
                "RATIO alloc_read_validate_vs_pojo_read 2.500",
                "RATIO two_threads_vs_one 1.900",
                "RATIO ndjson_two_threads_vs_one 1.800",
                "RATIO ndjson_per_thread_vs_validate_payload 0.750",
                "RATIO ndjson_one_thread_vs_validate_payload 0.833",
                "RATIO cold_validate_vs_jvm_hello 8.000");
    }

    @Test
    void readsBackTheColdStartMeasurement() {
        ColdStart.Measurement m = new ColdStart.Measurement("java -jar cli.jar", 812.5, 101.5, 10);
        assertThat(ColdStart.Measurement.parse(m.toJson())).isEqualTo(m);
    }
}
