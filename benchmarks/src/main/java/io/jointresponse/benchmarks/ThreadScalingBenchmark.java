package io.jointresponse.benchmarks;

import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and validating the typical incident report with one thread and with two sharing one
 * validator: throughput of all threads together. Two threads on two cores ideally double it; the
 * JMH harness and anything else running on the machine take from the second core.
 *
 * <p>Do not pass {@code -t} to JMH for this class: it would override the thread counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ThreadScalingBenchmark {

    private byte[] json;
    private JointResponseValidator validator;

    /** Builds the payload and the shared validator once per fork. */
    @Setup
    public void setUp() {
        json = Payload.INCIDENT_REPORT.json();
        validator = JointResponseValidator.create();
        DocumentBenchmark.requireNoFindings(validator.validatePayload(json), "incidentReport");
    }

    /**
     * Reads and validates on one thread.
     *
     * @return the report
     */
    @Benchmark
    @Threads(1)
    public ValidationReport oneThread() {
        return validator.validatePayload(json);
    }

    /**
     * Reads and validates on two threads at once.
     *
     * @return the report
     */
    @Benchmark
    @Threads(2)
    public ValidationReport twoThreads() {
        return validator.validatePayload(json);
    }
}
