package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.JointResponseJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportCommandTest {

    @TempDir
    Path dir;

    private Path agreementsFile(int n) throws IOException {
        JointResponseJson json = JointResponseJson.strict();
        StringBuilder ndjson = new StringBuilder();
        for (Agreement a : new Generators(7).agreements(n)) {
            ndjson.append(json.writeString(a)).append('\n');
        }
        return Payloads.write(dir, "agreements.ndjson", ndjson.toString());
    }

    @Test
    void nationalCompilationAsJsonHasAll47Reports() throws IOException {
        Path file = agreementsFile(120);
        CliRun run = CliRun.of("report", "annual", "--year", "2024", file.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.get("kind").asString()).isEqualTo("nationalCompilation");
        assertThat(json.get("reports")).hasSize(47);
    }

    @Test
    void onePrefectureAsJsonIsItsAnnualReport() throws IOException {
        Path file = agreementsFile(120);
        CliRun run = CliRun.of("report", "annual", "--year", "2024", "--prefecture", "13", file.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.get("kind").asString()).isEqualTo("annualReport");
        assertThat(json.get("prefecture").asString()).isEqualTo("TOKYO");
        assertThat(CliRun.of("report", "annual", "--year", "2024", "--prefecture", "tokyo", file.toString()).out()).isEqualTo(run.out());
    }

    @Test
    void csvStartsWithBomAndHasOneRowPerPrefecture() throws IOException {
        Path file = agreementsFile(60);
        CliRun run = CliRun.of("report", "annual", "--year", "2024", "--format", "csv", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.outBytes()).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<String> lines = run.out().substring(1).lines().toList();
        assertThat(lines).hasSize(48);
        assertThat(lines.get(13)).startsWith("13,警視庁,2024,2024-12-31,");
    }

    @Test
    void svgIsAChart() throws IOException {
        Path file = agreementsFile(60);
        CliRun run = CliRun.of("report", "annual", "--year", "2024", "--format", "svg", "--prefecture", "27", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("<svg").contains("大阪府警察").endsWith("</svg>\n");
    }

    @Test
    void unreadableRecordsGiveNoReportAndExitTwo() throws IOException {
        Path file = agreementsFile(5);
        Files.writeString(file, "{\"kind\":\"agreement\"}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.of("report", "annual", "--year", "2024", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ":6").contains("no report was made");
    }

    @Test
    void badPrefectureOrYearIsUsageError() throws IOException {
        Path file = agreementsFile(1);
        assertThat(CliRun.of("report", "annual", "--year", "2024", "--prefecture", "48", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("report", "annual", "--year", "0", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
