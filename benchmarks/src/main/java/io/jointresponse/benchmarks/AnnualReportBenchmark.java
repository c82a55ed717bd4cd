package io.jointresponse.benchmarks;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.fixtures.Generators;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The national compilation of one year over growing numbers of agreement records; linear scaling
 * shows as a factor of 10 between neighbouring sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// A million generated agreements take about 1.1 GB of heap; room to spare keeps GC out of the way.
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AnnualReportBenchmark {

    /** How many agreement records the compilation goes over. */
    @Param({"10000", "100000", "1000000"})
    public int agreements;

    private List<Agreement> records;

    /**
     * Generates the records once per fork, outside the measurement, then collects garbage so that
     * promoting a million fresh records to the old generation happens here and not during a
     * measured iteration.
     */
    @Setup(Level.Trial)
    public void setUp() {
        records = new Generators(Payload.SEED).agreements(agreements);
        System.gc();
    }

    /**
     * Computes the reports of all 47 prefectural police for 2024.
     *
     * @return the compilation
     */
    @Benchmark
    public NationalCompilation computeNational() {
        return AnnualReports.computeNational(records, 2024);
    }
}
