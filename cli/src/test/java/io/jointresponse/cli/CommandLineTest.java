package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void noCommandIsUsageError() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing a command").contains("Usage: jointresponse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "--nope", "validate", "validate --format xml x.json", "validate --lang fr x.json",
        "report", "report annual x.json", "report annual --year abc x.json"})
    void badUsageExits64WithoutStackTrace(String line) {
        CliRun run = CliRun.of(line.split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isNotBlank().doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate").contains("schema").contains("rules").contains("report").contains("Exit codes");
        assertThat(CliRun.of("--version").out()).startsWith("jointresponse ");
        assertThat(CliRun.of("validate", "--help").out()).contains("--ndjson").contains("--strict").contains("--disable");
    }
}
