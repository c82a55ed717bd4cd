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
        assertThat(lines.get(13)).startsWith("13,警視庁,暦年,2024-01-01,2024-12-31,2024-12-31,");
    }

    @Test
    void withoutOptionsTheReportSaysItFollowsTheLibrarysDefault() throws IOException {
        Path file = agreementsFile(20);
        JsonNode json = JsonMapper.shared().readTree(CliRun.of("report", "annual", "--year", "2021", "--prefecture", "13", file.toString()).out());
        assertThat(json.get("instruction").get("source").asString()).isEqualTo("LIBRARY_DEFAULT");
        assertThat(json.get("period").get("type").asString()).isEqualTo("CALENDAR_YEAR");
        assertThat(json.get("asOf").asString()).isEqualTo("2021-12-31");
    }

    @Test
    void fiscalYearAsOfADayWithSomeItemsAndTheInstructionsReference() throws IOException {
        Path file = agreementsFile(40);
        CliRun run = CliRun.of("report", "annual", "--year", "2020", "--period", "fiscal", "--as-of", "2021-01-31",
                "--items", "IN_FORCE_TOTAL,EXISTING_CHANNELS", "--instruction", "令和2年3月1日付け別途指示", "--prefecture", "13", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.get("period").get("start").asString()).isEqualTo("2020-04-01");
        assertThat(json.get("period").get("end").asString()).isEqualTo("2021-03-31");
        assertThat(json.get("asOf").asString()).isEqualTo("2021-01-31");
        assertThat(json.get("instruction").get("source").asString()).isEqualTo("GIVEN");
        assertThat(json.get("instruction").get("reference").asString()).isEqualTo("令和2年3月1日付け別途指示");
        assertThat(json.has("inForceTotal")).isTrue();
        assertThat(json.has("existingChannelArrangements")).isTrue();
        assertThat(json.has("inForceAtPeriodStart")).isFalse();
        assertThat(json.get("inForceBySector").isEmpty()).isTrue();
    }

    @Test
    void explicitPeriod() throws IOException {
        Path file = agreementsFile(10);
        JsonNode json = JsonMapper.shared().readTree(CliRun.of("report", "annual", "--from", "2020-01-01", "--to", "2020-06-30",
                "--prefecture", "13", file.toString()).out());
        assertThat(json.get("period").get("type").asString()).isEqualTo("EXPLICIT");
        assertThat(json.get("asOf").asString()).isEqualTo("2020-06-30");
    }

    @Test
    void inconsistentPeriodOptionsAreUsageErrors() throws IOException {
        Path file = agreementsFile(1);
        assertThat(CliRun.of("report", "annual", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("report", "annual", "--from", "2020-01-01", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("report", "annual", "--from", "2020-06-01", "--to", "2020-01-01", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("report", "annual", "--year", "2020", "--from", "2020-01-01", "--to", "2020-06-30", file.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("report", "annual", "--year", "2020", "--as-of", "2019-12-31", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("report", "annual", "--year", "2020", "--items", "NOT_AN_ITEM", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
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
