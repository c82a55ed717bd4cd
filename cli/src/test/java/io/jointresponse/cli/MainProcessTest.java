package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code main} in a fresh JVM, where a run of {@code validate} also prepares validation on a second
 * thread and builds its subcommand alone, prints and exits exactly as {@code execute} does in this
 * one, for valid, invalid and unreadable documents, help and usage errors.
 */
class MainProcessTest {

    @TempDir
    Path dir;

    @Test
    void mainPrintsAndExitsAsExecuteDoes() throws Exception {
        Path valid = Payloads.write(dir, "valid.json", Payloads.validIncidentReport());
        Path invalid = Payloads.write(dir, "invalid.json", Payloads.agreementBreakingAgr004());
        Path unreadable = Payloads.write(dir, "unreadable.json", "{\"schemaVersion\":");
        List<List<String>> runs = List.of(
                List.of("validate", valid.toString()),
                List.of("validate", "--lang", "ja", "--format", "json", valid.toString(), invalid.toString()),
                List.of("validate", "--strict", invalid.toString(), unreadable.toString()),
                List.of("validate", "--help"),
                List.of("validate", "--threads", "0", valid.toString()),
                List.of("validate"),
                List.of("valdate", valid.toString()),
                List.of("--help"),
                List.of("rules", "AGR-001"),
                List.of("report"));
        for (List<String> args : runs) {
            CliRun inProcess = CliRun.of(args.toArray(String[]::new));
            Child child = runMain(args);
            assertThat(child.exitCode()).as("exit code of %s", args).isEqualTo(inProcess.exitCode());
            assertThat(child.out()).as("output of %s", args).isEqualTo(inProcess.out());
            assertThat(child.err()).as("errors of %s", args).isEqualTo(inProcess.err());
        }
    }

    private record Child(int exitCode, String out, String err) {}

    private Child runMain(List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath());
        command.add(JointResponseCli.class.getName());
        command.addAll(args);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", args).isTrue();
        return new Child(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The test JVM's class path and module path, all on one class path for the child. */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isBlank())
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }
}
