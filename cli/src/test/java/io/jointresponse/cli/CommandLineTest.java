package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Command;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void noCommandIsUsageError() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("jointresponse: Missing a command: validate, schema, rules or report\n"
                + "Try 'jointresponse --help' for more information.\n");
    }

    /** A usage error is one line on what is wrong and one on where to look: never the whole help. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frobnicate | jointresponse",
        "--nope | jointresponse",
        "valdate x.json | jointresponse",
        "validate | jointresponse validate",
        "validate --format xml x.json | jointresponse validate",
        "validate --lang fr x.json | jointresponse validate",
        "validate --lenient maybe x.json | jointresponse validate",
        "validate --disable NOPE-001 x.json | jointresponse validate",
        "schema nonsense | jointresponse schema",
        "rules XYZ-999 | jointresponse rules",
        "report | jointresponse report",
        "report annual x.json | jointresponse report annual",
        "report annual --year abc x.json | jointresponse report annual",
        "report annual --year 2024 --prefecture 48 x.json | jointresponse report annual"})
    void aUsageErrorIsOneLineAndAHintOnStandardErrorAndExits64(String line, String command) {
        CliRun run = CliRun.of(line.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("jointresponse: ").doesNotContain("Usage:");
        assertThat(run.err()).endsWith("\nTry '" + command + " --help' for more information.\n")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMistypedCommandIsNamed() {
        assertThat(CliRun.of("valdate", "x.json").err()).contains("'valdate'").contains("did you mean validate?");
    }

    /** The help of every command, as a person reads it in a terminal of the usual width. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--help | io.jointresponse.cli.JointResponseCli",
        "validate --help | io.jointresponse.cli.ValidateCommand",
        "schema --help | io.jointresponse.cli.SchemaCommand",
        "rules --help | io.jointresponse.cli.RulesCommand",
        "report --help | io.jointresponse.cli.ReportCommand",
        "report annual --help | io.jointresponse.cli.ReportCommand$AnnualCommand"})
    void everyHelpWrapsWithinEightyColumnsWithWholeParagraphs(String line, String commandClass) throws ReflectiveOperationException {
        CliRun run = CliRun.of(line.split(" "));

        assertThat(run.exitCode()).isZero();
        for (String helpLine : run.out().lines().toList()) {
            assertThat(columns(helpLine)).as("columns of: %s", helpLine).isLessThanOrEqualTo(JointResponseCli.USAGE_WIDTH);
            assertThat(helpLine).as("trailing space").doesNotEndWith(" ");
        }
        // Wrapped only between words: each paragraph of the description reads whole once the line
        // breaks and indentation are taken out.
        String flowing = run.out().replaceAll("\\s+", " ");
        for (String paragraph : description(Class.forName(commandClass))) {
            assertThat(paragraph).as("a description element is whole sentences").endsWith(".");
            assertThat(flowing).contains(paragraph.replaceAll("\\s+", " "));
        }
    }

    /**
     * The description of a command: its {@code @Command} annotation's, or for a command whose model
     * is built in code, its {@code DESCRIPTION}.
     */
    private static String[] description(Class<?> command) throws ReflectiveOperationException {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation != null) {
            return annotation.description();
        }
        return (String[]) command.getDeclaredField("DESCRIPTION").get(null);
    }

    /** Terminal columns of a line: East Asian wide characters take two. */
    private static int columns(String line) {
        return line.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
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
