package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.ManifestEntry;
import io.jointresponse.validation.AppliedNotice;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ReportJson;
import io.jointresponse.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --format json} prints exactly this layout, byte for byte: no white space, the
 * properties in this order, one newline at the end. Scripts and the library's users (who get the
 * same JSON from {@code ReportJson}) rely on it. The messages come from the validator, so that the
 * test pins the layout, not the wording of the rules.
 */
class JsonOutputTest {

    @TempDir
    Path dir;

    @Test
    void jsonOutputIsExactlyThisLayout() throws IOException {
        List<ManifestEntry> entries = List.of(
                FixtureManifest.entry("payloads/valid/evidenceRequest.json"),
                FixtureManifest.entry("payloads/invalid/INV-002-significance-not-explained.json"),
                FixtureManifest.entry("payloads/invalid/PRV-001-released-without-hindrance-check.json"),
                FixtureManifest.entry("payloads/invalid/JSON-SYNTAX-missing-comma.json"));
        StringBuilder files = new StringBuilder();
        long valid = 0;
        long invalid = 0;
        long errors = 0;
        long warnings = 0;
        String[] args = new String[3 + entries.size()];
        args[0] = "validate";
        args[1] = "--format";
        args[2] = "json";
        for (int i = 0; i < entries.size(); i++) {
            ManifestEntry entry = entries.get(i);
            Path file = Payloads.write(dir, i + ".json", entry.payload());
            args[3 + i] = file.toString();
            ValidationReport report = JointResponseValidator.create().validatePayload(entry.payload());
            boolean unreadable = entry.isUnreadable();
            boolean isValid = !unreadable && report.isValid();
            valid += isValid ? 1 : 0;
            invalid += !unreadable && !isValid ? 1 : 0;
            errors += report.errors().size();
            warnings += report.warnings().size();
            files.append(i == 0 ? "" : ",")
                    .append("{\"file\":\"").append(escape(file.toString()))
                    .append("\",\"valid\":").append(isValid)
                    .append(",\"unreadable\":").append(unreadable)
                    .append(",\"notices\":[")
                    .append(report.appliedNotices().stream().map(JsonOutputTest::notice).collect(Collectors.joining(",")))
                    .append("],\"findings\":[")
                    .append(report.findings().stream().map(JsonOutputTest::finding).collect(Collectors.joining(",")))
                    .append("],\"notChecked\":[]}");
        }
        String expected = "{\"files\":[" + files + "],\"summary\":{\"documents\":4,\"valid\":" + valid + ",\"invalid\":" + invalid
                + ",\"unreadable\":1,\"errors\":" + errors + ",\"warnings\":" + warnings + ",\"notFullyChecked\":0,\"exitCode\":2}}\n";

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(valid).as("a valid document, or one with only warnings").isPositive();
        assertThat(invalid).as("an invalid document").isPositive();
        assertThat(run.out()).isEqualTo(expected);
    }

    @Test
    void oneFileIsWhatTheLibraryGivesForItsReport() throws IOException {
        byte[] payload = FixtureManifest.entry("payloads/invalid/PRV-001-released-without-hindrance-check.json").payload();
        Path file = Payloads.write(dir, "one.json", payload);

        CliRun run = CliRun.of("validate", "--format", "json", file.toString());

        assertThat(run.outBytes()).isEqualTo(ReportJson.of(file.toString(), JointResponseValidator.create().validatePayload(payload)));
    }

    private static String finding(Finding f) {
        return "{\"rule\":\"" + f.ruleId() + "\",\"severity\":\"" + f.severity() + "\",\"pointer\":\"" + escape(f.pointer().toString())
                + "\",\"message\":\"" + escape(f.message()) + "\",\"clause\":\"" + escape(f.clause()) + "\",\"basis\":\"" + f.basis() + "\"}";
    }

    private static String notice(AppliedNotice n) {
        return "{\"numbers\":\"" + n.numbersText() + "\",\"issuedOn\":\"" + n.issuedOn() + "\",\"validUntil\":\"" + n.validUntil()
                + "\",\"lapsed\":" + n.lapsed() + n.continues().map(c -> ",\"continues\":\"" + c + "\"").orElse("") + "}";
    }

    /** Escapes as JSON does the characters these texts can hold: quotes and backslashes. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
