package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.fixtures.CanonicalFixtures;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NDJSON input is streamed: a file larger than the whole heap of the JVM that validates it passes
 * through in one run, because neither the documents nor their results are kept. The run validates
 * on four threads, more than this machine may have, so that it holds as many documents pending as
 * the command ever does: a bounded window, never the input read ahead.
 */
class NdjsonConstantMemoryTest {

    private static final int LINES = 100_000;
    private static final String HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void validatesAFileLargerThanItsHeap() throws IOException, InterruptedException {
        Path input = dir.resolve("agreements.ndjson");
        Agreement template = CanonicalFixtures.agreement();
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < LINES; i++) {
                Agreement a = Agreement.builder().from(template).id("AGR-" + i).build();
                w.write(Payloads.JSON.writeString(a));
                w.write('\n');
            }
        }
        assertThat(Files.size(input)).as("the input is larger than the heap").isGreaterThan(48L * 1024 * 1024);

        Path output = dir.resolve("out.json");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-cp", classPath(),
                JointResponseCli.class.getName(), "validate", "--ndjson", "--threads", "4", "--format", "json", input.toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.VALID);
        JsonNode summary = JsonMapper.shared().readTree(output.toFile()).get("summary");
        assertThat(summary.get("documents").asInt()).isEqualTo(LINES);
        assertThat(summary.get("valid").asInt()).isEqualTo(LINES);
    }

    /** Everything the test JVM can see, module path included, as one class path for the child. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                entries.add(value);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
