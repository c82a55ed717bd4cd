package io.jointresponse.benchmarks;

import io.jointresponse.cli.ExitCodes;
import io.jointresponse.cli.JointResponseCli;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The command's NDJSON throughput, {@code jointresponse validate --ndjson --threads N FILE} run in
 * this JVM through {@link JointResponseCli#execute}, with one thread and with two, next to the
 * library's own {@code validatePayload} on one thread over the same lines: documents per second.
 *
 * <p>The command runs as users run it: it reads the file, and prints its text output through an
 * unbuffered stream to a file, as {@code main} does with standard output redirected to a file (the
 * file is emptied between iterations, not between runs: emptying it would cost more than printing
 * into it). Each invocation is a whole run over {@value #LINES} lines, its start (picocli, the
 * validator, the threads) included.
 *
 * <p>Do not pass {@code -t} to JMH for this class: the command makes its own threads, and JMH's one
 * thread is the command's main thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NdjsonBenchmark {

    /** The lines of the file, each a different incident report. */
    static final int LINES = 10_000;

    private Path directory;
    private Path input;
    private Path output;
    private List<byte[]> lines;
    private JointResponseValidator validator;
    private PrintStream stdout;

    /**
     * Writes the lines, one generated incident report each, and checks once that the command
     * validates them all.
     *
     * @throws IOException if the files cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        lines = lines(Payload.SEED, LINES);
        directory = Files.createTempDirectory("ndjson-benchmark");
        input = directory.resolve("reports.ndjson");
        output = directory.resolve("out.txt");
        try (OutputStream out = Files.newOutputStream(input)) {
            for (byte[] line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        validator = JointResponseValidator.create();
        for (byte[] line : lines) {
            ValidationReport report = validator.validatePayload(line);
            if (!report.isValid()) {
                throw new IllegalStateException("A generated report is invalid: " + report);
            }
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JointResponseCli.execute(InputStream.nullInputStream(), new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "validate", "--ndjson", input.toString());
        if (code != ExitCodes.VALID || err.size() > 0) {
            throw new IllegalStateException("The command gave exit code " + code + ": " + err.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * Makes the lines: distinct incident reports from the seeded generators, written by the library.
     *
     * @param seed the generators' seed
     * @param count how many
     * @return the lines, without line ends
     */
    static List<byte[]> lines(long seed, int count) {
        Generators generators = new Generators(seed);
        JointResponseJson json = JointResponseJson.strict();
        List<byte[]> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(json.write(generators.incidentReport()));
        }
        return lines;
    }

    /**
     * Empties the output file and opens it as the command's standard output.
     *
     * @throws IOException if it cannot be opened
     */
    @Setup(Level.Iteration)
    public void openOutput() throws IOException {
        stdout = new PrintStream(new FileOutputStream(output.toFile()), true, StandardCharsets.UTF_8);
    }

    /** Closes the command's standard output. */
    @TearDown(Level.Iteration)
    public void closeOutput() {
        stdout.close();
    }

    /**
     * Deletes the files.
     *
     * @throws IOException if they cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(input);
        Files.deleteIfExists(output);
        Files.deleteIfExists(directory);
    }

    /**
     * The command on one thread.
     *
     * @return its exit code
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int commandOneThread() {
        return command("1");
    }

    /**
     * The command on two threads.
     *
     * @return its exit code
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int commandTwoThreads() {
        return command("2");
    }

    /**
     * The library alone on the same lines, one after another on one thread.
     *
     * @param bh the sink of the reports
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void validatePayload(Blackhole bh) {
        for (byte[] line : lines) {
            bh.consume(validator.validatePayload(line));
        }
    }

    private int command(String threads) {
        int code = JointResponseCli.execute(InputStream.nullInputStream(), stdout, new PrintStream(OutputStream.nullOutputStream()),
                "validate", "--ndjson", "--threads", threads, input.toString());
        if (code != ExitCodes.VALID) {
            throw new IllegalStateException("The command gave exit code " + code);
        }
        return code;
    }
}
