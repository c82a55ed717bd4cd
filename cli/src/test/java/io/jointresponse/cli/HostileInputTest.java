package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits through the command: each limit at its value and one past it, and hostile files that are
 * far past them, run by the real command in a child JVM with a 256 MiB heap. Past a limit the
 * command reports {@code JSON-LIMIT} and exits 2: no OutOfMemoryError, no StackOverflowError, no
 * hang. The wall time of each child run is printed; the test only bounds it generously (a loaded
 * machine must not make it flaky).
 */
class HostileInputTest {

    private static final long CHILD_TIMEOUT_SECONDS = 20;

    @TempDir
    Path dir;

    // ---- each limit at its value and one past it, in process ----

    private static String agreementWith(String extraProperty) {
        String valid = new String(Payloads.validAgreement(), StandardCharsets.UTF_8).strip();
        return valid.substring(0, valid.length() - 1) + "," + extraProperty + "}";
    }

    private CliRun validate(String name, byte[] content) throws IOException {
        return CliRun.of("validate", Payloads.write(dir, name, content).toString());
    }

    private CliRun validate(String name, String content) throws IOException {
        return validate(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNotALimit(CliRun run) {
        assertThat(run.exitCode()).as(run.out()).isNotEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).doesNotContain("JSON-LIMIT");
    }

    private static void assertLimit(CliRun run) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).contains("JSON-LIMIT");
        assertThat(run.all()).doesNotContain("Exception", "Error:", "\tat ");
    }

    @Test
    void documentSizeOf16MebibytesIsReadAndOneMoreByteIsALimit() throws IOException {
        byte[] doc = Payloads.validAgreement();
        byte[] atLimit = Arrays.copyOf(doc, Limits.MAX_DOCUMENT_BYTES);
        Arrays.fill(atLimit, doc.length, atLimit.length, (byte) ' ');
        CliRun at = validate("at.json", atLimit);
        assertNotALimit(at);
        assertThat(at.exitCode()).isEqualTo(ExitCodes.VALID);
        byte[] past = Arrays.copyOf(atLimit, Limits.MAX_DOCUMENT_BYTES + 1);
        past[past.length - 1] = ' ';
        assertLimit(validate("past.json", past));
    }

    @Test
    void nestingDepthOf64IsReadAnd65IsALimit() throws IOException {
        // The document itself is level 1.
        assertNotALimit(validate("at.json", agreementWith("\"x\":" + "[".repeat(63) + "]".repeat(63))));
        assertLimit(validate("past.json", agreementWith("\"x\":" + "[".repeat(64) + "]".repeat(64))));
    }

    @Test
    void stringOfOneMebibyteIsReadAndOneMoreCharacterIsALimit() throws IOException {
        assertNotALimit(validate("at.json", agreementWith("\"x\":\"" + "x".repeat(1 << 20) + "\"")));
        assertLimit(validate("past.json", agreementWith("\"x\":\"" + "x".repeat((1 << 20) + 1) + "\"")));
    }

    @Test
    void numberOf100CharactersIsReadAnd101IsALimit() throws IOException {
        assertNotALimit(validate("at.json", agreementWith("\"x\":" + "9".repeat(100))));
        assertLimit(validate("past.json", agreementWith("\"x\":" + "9".repeat(101))));
    }

    @Test
    void propertyNameOf256CharactersIsReadAnd257IsALimit() throws IOException {
        assertNotALimit(validate("at.json", agreementWith("\"" + "n".repeat(256) + "\":1")));
        assertLimit(validate("past.json", agreementWith("\"" + "n".repeat(257) + "\":1")));
    }

    private static String unknownProperties(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : ",").append("\"unknown").append(i).append("\":0");
        }
        return agreementWith(b.toString());
    }

    @Test
    void aThousandFindingsAreReportedAndMoreEndInALimit() throws IOException {
        CliRun at = CliRun.of("validate", "--format", "json", Payloads.write(dir, "at.json", unknownProperties(1000)).toString());
        assertThat(at.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(occurrences(at.out(), "SHAPE-UNKNOWN")).isEqualTo(1000);
        assertThat(at.out()).doesNotContain("JSON-LIMIT");
        CliRun past = CliRun.of("validate", "--format", "json", Payloads.write(dir, "past.json", unknownProperties(1001)).toString());
        assertThat(past.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(occurrences(past.out(), "SHAPE-UNKNOWN")).isEqualTo(1000);
        assertThat(occurrences(past.out(), "JSON-LIMIT")).isEqualTo(1);
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    // ---- far past the limits, in a child JVM with -Xmx256m ----

    @Test
    void hundredMegabyteFile() throws Exception {
        Path file = dir.resolve("100mb.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write('[');
            raf.setLength(100L * 1000 * 1000); // sparse: the rest reads as NUL bytes
        }
        runChild("100 MB file", file);
    }

    @Test
    void hundredThousandDeepNesting() throws Exception {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "[".repeat(100_000) + "]".repeat(100_000));
        runChild("100,000-deep nesting", file);
    }

    @Test
    void millionDigitNumber() throws Exception {
        Path file = dir.resolve("number.json");
        Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"kind\":\"annualReport\",\"year\":" + "7".repeat(1_000_000) + "}");
        runChild("1,000,000-digit number", file);
    }

    @Test
    void millionKeyObject() throws Exception {
        Path file = dir.resolve("keys.json");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"schemaVersion\":\"1.0\",\"kind\":\"agreement\"");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(",\"k");
                w.write(Integer.toString(i));
                w.write("\":0");
            }
            w.write("}");
        }
        assertThat(Files.size(file)).isLessThan(Limits.MAX_DOCUMENT_BYTES);
        runChild("1,000,000-key object", file);
    }

    private static void runChild(String label, Path file) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(classPath());
        command.add(JointResponseCli.class.getName());
        command.add("validate");
        command.add(file.toString());
        Path out = file.resolveSibling(file.getFileName() + ".out");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean finished = process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        System.out.printf("hostile input, %s: exit %s in %d ms (child JVM, -Xmx256m, start-up included)%n",
                label, finished ? Integer.toString(process.exitValue()) : "none (killed)", millis);
        assertThat(finished).as("%s: finished within %d s", label, CHILD_TIMEOUT_SECONDS).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(output).contains("JSON-LIMIT").doesNotContain("OutOfMemoryError", "StackOverflowError", "Exception");
    }

    /** The test JVM's class path and module path, all on one class path for the child. */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isBlank())
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }
}
