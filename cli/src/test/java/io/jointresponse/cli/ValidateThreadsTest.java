package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.fixtures.ManifestEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate --threads N} prints exactly what one thread prints, in input order, with the same
 * exit code, over files, directories, standard input and NDJSON, whatever goes wrong with an input.
 */
class ValidateThreadsTest {

    private static final long SEED = 20_261_201L;
    /** Long enough for a run on a busy machine; a hang fails instead of stalling the build. */
    private static final Duration NO_HANG = Duration.ofMinutes(3);
    private static final List<List<String>> FORMATS = List.of(List.of(), List.of("--lang", "ja"), List.of("--format", "json"),
            List.of("--strict", "--format", "json", "--lang", "ja"));

    @TempDir
    Path dir;

    /** One run of the command with the given standard input, made afresh for each run. */
    private static CliRun run(Supplier<InputStream> stdin, List<String> args) {
        return CliRun.withStdin(stdin.get(), args.toArray(String[]::new));
    }

    private static List<String> args(List<String> format, String threads, String... rest) {
        List<String> args = new ArrayList<>(List.of("validate", "--threads", threads));
        args.addAll(format);
        args.addAll(List.of(rest));
        return args;
    }

    /** Runs with one thread and with several, in every format, and requires the same of each. */
    private static CliRun sameOnEveryThreadCount(Supplier<InputStream> stdin, String... rest) {
        return sameOnEveryThreadCount(FORMATS, List.of("2", "3", "8"), stdin, rest);
    }

    /**
     * Runs with one thread and with several, in some formats, and requires the same of each.
     *
     * @return the run with one thread in the first format
     */
    private static CliRun sameOnEveryThreadCount(List<List<String>> formats, List<String> threadCounts, Supplier<InputStream> stdin,
            String... rest) {
        CliRun first = null;
        for (List<String> format : formats) {
            CliRun one = run(stdin, args(format, "1", rest));
            for (String threads : threadCounts) {
                CliRun many = run(stdin, args(format, threads, rest));
                assertThat(many.out()).as("output with %s threads, %s", threads, format).isEqualTo(one.out());
                assertThat(many.err()).as("errors with %s threads, %s", threads, format).isEqualTo(one.err());
                assertThat(many.exitCode()).as("exit code with %s threads, %s", threads, format).isEqualTo(one.exitCode());
            }
            first = first == null ? one : first;
        }
        return first;
    }

    /** The sources the text output names, in the order it names them. */
    private static List<String> sources(String textOutput) {
        List<String> sources = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(\\S.*?): (?:valid|invalid|unreadable)").matcher(textOutput);
        while (m.find()) {
            sources.add(m.group(1));
        }
        return sources;
    }

    @Test
    void everyManifestPayloadWithAMissingFileAndStandardInputGivesWhatOneThreadGives() throws IOException {
        Path fixtures = dir.resolve("fixtures");
        for (ManifestEntry entry : FixtureManifest.entries()) {
            Payloads.write(fixtures, entry.file(), FixtureFiles.read(entry.file()));
        }
        Path missing = dir.resolve("absent.json");
        Path last = Payloads.write(dir, "last/agreement.json", Payloads.validAgreement());
        byte[] stdin = Payloads.agreementBreakingAgr004();
        CliRun run = assertTimeoutPreemptively(NO_HANG, () -> sameOnEveryThreadCount(() -> new ByteArrayInputStream(stdin),
                fixtures.toString(), missing.toString(), "-", last.getParent().toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        List<String> sources = sources(run.out());
        assertThat(sources).hasSize(FixtureManifest.entries().size() + 3);
        assertThat(sources.subList(sources.size() - 3, sources.size())).containsExactly(missing.toString(), "<stdin>", last.toString());
        assertThat(sources.subList(0, sources.size() - 3)).isSorted();
        assertThat(run.out()).contains(missing + ": unreadable").contains("<stdin>: invalid").contains(last + ": valid");
    }

    /**
     * Thousands of lines: generated documents of every kind, valid or broken in the ways real input
     * breaks (bad dates, undefined properties, wrong types, cut short, not UTF-8, not JSON), blank
     * lines, CRLF line ends, and one line over the size limit.
     */
    private static byte[] mixedNdjson(long seed, int count, int tooLongAt) {
        Generators generators = new Generators(seed);
        SplittableRandom random = new SplittableRandom(seed);
        DocumentKind[] kinds = DocumentKind.values();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= count; i++) {
            if (i == tooLongAt) {
                byte[] huge = new byte[Limits.MAX_DOCUMENT_BYTES + 1];
                Arrays.fill(huge, (byte) ' ');
                huge[0] = '[';
                huge[huge.length - 1] = ']';
                out.writeBytes(huge);
                out.write('\n');
                continue;
            }
            String text = Payloads.JSON.writeString(generators.document(kinds[random.nextInt(kinds.length)]));
            byte[] line;
            switch (random.nextInt(10)) {
                case 0 -> line = utf8(text.replaceFirst("\"(\\d{4})-", "\"$1/"));
                case 1 -> line = utf8(text.substring(0, text.length() - 1) + ",\"unknown\":1}");
                case 2 -> line = utf8(text.substring(0, random.nextInt(text.length())));
                case 3 -> line = utf8(text.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":7"));
                case 4 -> line = new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'};
                case 5 -> line = utf8("   ");
                default -> line = utf8(text);
            }
            out.writeBytes(line);
            out.writeBytes(random.nextInt(4) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thousandsOfMixedNdjsonLinesGiveWhatOneThreadGivesInLineOrder() throws IOException {
        int count = 3_000;
        int tooLongAt = 1_234;
        Path file = dir.resolve("mixed.ndjson");
        Files.write(file, mixedNdjson(SEED, count, tooLongAt));
        // Two formats of the four and two thread counts of the three: each run reads 3,000 documents.
        CliRun run = assertTimeoutPreemptively(NO_HANG, () -> sameOnEveryThreadCount(List.of(FORMATS.get(0), FORMATS.get(3)),
                List.of("2", "8"), InputStream::nullInputStream, "--ndjson", file.toString()));

        System.out.printf("threads: %d NDJSON lines of seed %d, the same output on 1, 2 and 8 threads%n", count, SEED);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        List<Long> numbers = new ArrayList<>();
        for (String source : sources(run.out())) {
            numbers.add(Long.parseLong(source.substring(source.lastIndexOf(':') + 1)));
        }
        assertThat(numbers).as("seed %d", SEED).isSorted().doesNotHaveDuplicates().contains((long) tooLongAt);
        assertThat(numbers.size()).as("blank lines are skipped").isBetween(count / 2, count - 1);
        assertThat(run.out()).containsPattern(Pattern.quote(file + ":" + tooLongAt + ": unreadable") + ".*\\R.*JSON-LIMIT")
                .contains(": valid").contains(": invalid").contains("JSON-SYNTAX").contains("SHAPE-UNKNOWN");
    }

    /** Standard input that gives some lines and then fails, as a broken pipe or a failing disk does. */
    private static InputStream failingAfter(byte[] lines) {
        return new InputStream() {
            private final InputStream in = new ByteArrayInputStream(lines);

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("Input/output error");
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, Math.min(len, 100));
                if (n < 0) {
                    throw new IOException("Input/output error");
                }
                return n;
            }
        };
    }

    @Test
    void anInputThatFailsMidwayReportsItsFailureAfterItsLinesAndBeforeTheNextInput() throws IOException {
        byte[] all = mixedNdjson(SEED + 1, 400, -1);
        assertThat(all.length).as("enough lines to cut the input in the middle of one").isGreaterThan(150_000);
        byte[] lines = Arrays.copyOf(all, 150_000);
        Path after = Payloads.write(dir, "after.ndjson", new String(Payloads.validAgreement(), StandardCharsets.UTF_8) + "\n");
        CliRun run = assertTimeoutPreemptively(NO_HANG, () -> sameOnEveryThreadCount(() -> failingAfter(lines),
                "--ndjson", "-", after.toString()));

        List<String> sources = sources(run.out());
        assertThat(sources).endsWith("<stdin>", after + ":1");
        assertThat(sources.get(sources.size() - 3)).startsWith("<stdin>:");
        assertThat(run.out()).contains("<stdin>: unreadable").contains("INPUT-IO");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }

    /** Worker threads started during a run, seen from its standard input when that input ends. */
    private static Set<Thread> workersSeenAtTheEndOf(byte[] stdin, String... args) {
        Set<Thread> before = workers();
        AtomicReference<Set<Thread>> seen = new AtomicReference<>(Set.of());
        InputStream in = new ByteArrayInputStream(stdin) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (n < 0) {
                    Set<Thread> now = workers();
                    now.removeAll(before);
                    seen.set(now);
                }
                return n;
            }
        };
        CliRun run = run(() -> in, List.of(args));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.VALID);
        return seen.get();
    }

    private static Set<Thread> workers() {
        Set<Thread> workers = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("jointresponse-validate-")) {
                workers.add(t);
            }
        }
        return workers;
    }

    @Test
    void validatesOnAsManyThreadsAsAskedAndByDefaultOnePerProcessor() {
        byte[] lines = (new String(Payloads.validAgreement(), StandardCharsets.UTF_8) + "\n").repeat(Limits.BATCH_LINES * 8).getBytes(StandardCharsets.UTF_8);
        assertThat(workersSeenAtTheEndOf(lines, "validate", "--ndjson", "--threads", "3", "-")).hasSize(3);
        assertThat(workersSeenAtTheEndOf(lines, "validate", "--ndjson", "--threads", "1", "-")).isEmpty();
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(workersSeenAtTheEndOf(lines, "validate", "--ndjson", "-")).hasSize(processors == 1 ? 0 : processors);
    }

    @Test
    void oneFileIsValidatedOnTheCommandsOwnThread() throws IOException {
        Path file = Payloads.write(dir, "agreement.json", Payloads.validAgreement());
        Set<Thread> before = workers();
        CliRun run = CliRun.of("validate", "--threads", "4", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.VALID);
        Set<Thread> after = workers();
        after.removeAll(before);
        assertThat(after).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "2.5", ""})
    void aThreadCountThatIsNotAPositiveWholeNumberIsAUsageError(String threads) throws IOException {
        Path file = Payloads.write(dir, "agreement.json", Payloads.validAgreement());
        CliRun run = CliRun.of("validate", "--threads", threads, file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).startsWith("jointresponse: Invalid value for option '--threads': ").contains("'" + threads + "'")
                .endsWith("\nTry 'jointresponse validate --help' for more information.\n")
                .doesNotContain("\tat ").doesNotContain("Exception");
        if (threads.matches("-?\\d+")) {
            assertThat(run.err()).contains("1 or more");
        }
    }

    @Test
    void aMissingThreadCountIsAUsageError() {
        CliRun run = CliRun.of("validate", "--threads");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("jointresponse: ").contains("--threads").doesNotContain("\tat ");
    }

    @Test
    void theHelpNamesTheOption() {
        assertThat(CliRun.of("validate", "--help").out().replaceAll("\\s+", " ")).contains("--threads=N")
                .contains("Default: the number of available processors.");
    }

    /** Standard input whose reading fails with a defect, not an I/O error: on a worker thread. */
    private static InputStream defective(AtomicInteger reads) {
        return new InputStream() {
            @Override
            public int read() {
                reads.incrementAndGet();
                throw new IllegalStateException("a defect while reading");
            }
        };
    }

    @Test
    void aDefectOnAWorkerEndsTheRunAsAnInternalErrorAfterTheResultsBeforeIt() throws IOException {
        Path first = Payloads.write(dir, "a/first.json", Payloads.validAgreement());
        List<Path> later = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            later.add(Payloads.write(dir, "b/" + i + ".json", Payloads.validAgreement()));
        }
        for (String threads : List.of("1", "4")) {
            AtomicInteger reads = new AtomicInteger();
            List<String> args = new ArrayList<>(List.of("validate", "--threads", threads, first.toString(), "-"));
            later.forEach(p -> args.add(p.toString()));
            CliRun run = assertTimeoutPreemptively(NO_HANG, () -> run(() -> defective(reads), args));

            assertThat(reads.get()).as("the defect happened").isPositive();
            assertThat(run.exitCode()).as(threads + " threads").isEqualTo(ExitCodes.INTERNAL);
            assertThat(run.out().lines()).as(threads + " threads").singleElement().asString().startsWith(first + ": valid");
            assertThat(run.err()).contains("internal error (java.lang.IllegalStateException)").doesNotContain("\tat ");
        }
    }

    @Test
    void anInterruptEndsTheRunWithoutHangingAndSaysSo() throws Exception {
        Path first = Payloads.write(dir, "first.json", Payloads.validAgreement());
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        InputStream stuck = new InputStream() {
            @Override
            public int read() throws IOException {
                reading.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException("stopped");
                }
                return -1;
            }
        };
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread command = new Thread(() -> result.set(run(() -> stuck,
                List.of("validate", "--threads", "2", first.toString(), "-"))), "command under test");
        command.start();
        assertTimeoutPreemptively(NO_HANG, () -> {
            reading.await();
            command.interrupt();
            command.join();
        });
        try {
            CliRun run = result.get();
            assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
            assertThat(run.out().lines()).singleElement().asString().startsWith(first + ": valid");
            assertThat(run.err()).isEqualTo("jointresponse: interrupted; the output is incomplete\n");
        } finally {
            released.countDown();
        }
    }
}
