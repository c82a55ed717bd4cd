package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validDocumentExitsZero() throws IOException {
        Path file = Payloads.write(dir, "agreement.json", Payloads.validAgreement());
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.VALID);
        assertThat(run.out()).contains(file + ": valid").contains("1 document: 1 valid, 0 invalid, 0 unreadable (0 errors, 0 warnings)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void ruleErrorExitsOneAndShowsFileRulePointerAndClause() throws IOException {
        Path file = Payloads.write(dir, "agr-004.json", Payloads.agreementBreakingAgr004());
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(file + ": invalid (1 error, 0 warnings)").contains("ERROR").contains("AGR-004").contains("[A §3]");
    }

    @Test
    void warningKeepsExitZeroUnlessStrict() throws IOException {
        Path file = Payloads.write(dir, "agr-002.json", Payloads.agreementWarningAgr002());
        CliRun lenient = CliRun.of("validate", file.toString());
        assertThat(lenient.exitCode()).isEqualTo(ExitCodes.VALID);
        assertThat(lenient.out()).contains("WARNING").contains("AGR-002");
        assertThat(CliRun.of("validate", "--strict", file.toString()).exitCode()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void disabledRuleIsNotReported() throws IOException {
        Path file = Payloads.write(dir, "agr-002.json", Payloads.agreementWarningAgr002());
        CliRun run = CliRun.of("validate", "--strict", "--disable", "AGR-002,AGR-001", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.VALID);
        assertThat(run.out()).doesNotContain("AGR-002");
    }

    @Test
    void lenientKeepWarnsOfUnknownPropertiesAndDropIgnoresThemInsteadOfRefusingTheDocument() throws IOException {
        Path file = Payloads.write(dir, "extra.json",
                new String(Payloads.validAgreement(), StandardCharsets.UTF_8).replaceFirst("\"kind\"", "\"legacyNo\": 7, \"kind\""));

        CliRun strict = CliRun.of("validate", file.toString());
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(strict.out()).containsPattern("ERROR +SHAPE-UNKNOWN +/legacyNo");

        CliRun keep = CliRun.of("validate", "--lenient", "keep", file.toString());
        assertThat(keep.exitCode()).as(keep.err()).isEqualTo(ExitCodes.VALID);
        assertThat(keep.out()).containsPattern("WARNING +SHAPE-UNKNOWN +/legacyNo").contains("(0 errors, 1 warning)");

        CliRun drop = CliRun.of("validate", "--lenient", "drop", file.toString());
        assertThat(drop.exitCode()).as(drop.err()).isEqualTo(ExitCodes.VALID);
        assertThat(drop.out()).doesNotContain("SHAPE-UNKNOWN").contains("(0 errors, 0 warnings)");

        assertThat(CliRun.of("validate", "--lenient", "keep", "--strict", file.toString()).exitCode()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void unknownRuleIdToDisableIsUsageError() throws IOException {
        Path file = Payloads.write(dir, "a.json", Payloads.validAgreement());
        CliRun run = CliRun.of("validate", "--disable", "NOPE-999", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("NOPE-999").doesNotContain("\tat ");
    }

    @Test
    void syntaxErrorExitsTwoWithLineAndColumn() throws IOException {
        Path file = Payloads.write(dir, "broken.json", "{\"schemaVersion\": \"1.0\",\n  \"kind\": }");
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).contains(file + ": unreadable").contains("JSON-SYNTAX").containsPattern("line 2");
    }

    @Test
    void missingFileExitsTwoWithoutStackTrace() {
        CliRun run = CliRun.of("validate", dir.resolve("absent.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).contains("INPUT-IO").contains("no such file");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unreadableWinsOverInvalid() throws IOException {
        Payloads.write(dir, "a/agr-001.json", Payloads.agreementBreakingAgr004());
        Payloads.write(dir, "b/broken.json", "[");
        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }

    @Test
    void directoriesAreWalkedRecursivelyForJsonFilesInPathOrder() throws IOException {
        Payloads.write(dir, "z/agreement.json", Payloads.validAgreement());
        Payloads.write(dir, "a/deeper/agreement.json", Payloads.validAgreement());
        Payloads.write(dir, "a/notes.txt", "not a payload");
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.VALID);
        assertThat(run.out()).contains("2 documents").doesNotContain("notes.txt");
        assertThat(run.out().indexOf("a/deeper")).isLessThan(run.out().indexOf("z/agreement"));
    }

    @Test
    void agreementsAmongTheInputsAreTheContextOfIncidentReports() throws IOException {
        Payloads.write(dir, "agreement.json", Payloads.validAgreement());
        Path report = Payloads.write(dir, "report.json", Payloads.validIncidentReport());
        CliRun together = CliRun.of("validate", dir.toString());
        assertThat(together.exitCode()).isEqualTo(ExitCodes.VALID);
        assertThat(together.out()).contains(report + ": valid");
    }

    @Test
    void agreementsAmongTheInputsAreNotTakenForTheCompleteRecords() throws IOException {
        Payloads.write(dir, "agreement.json", Payloads.validAgreement());
        Path report = Payloads.write(dir, "annual.json", Payloads.JSON.write(io.jointresponse.fixtures.CanonicalFixtures.annualReport()));
        CliRun run = CliRun.of("validate", dir.toString());
        // No ANR-003 finding: the report is listed as not checked against records instead.
        assertThat(run.out()).contains(report + ": valid").doesNotContain("ERROR   ANR-003").contains("UNCHECKED ANR-003");
    }

    @Test
    void annualReportIsCheckedAgainstTheRecordsGivenWithAgreements() throws IOException {
        Path records = Payloads.write(dir, "records/agreement.json", Payloads.validAgreement());
        Path report = Payloads.write(dir, "annual.json", Payloads.JSON.write(io.jointresponse.fixtures.CanonicalFixtures.annualReport()));
        CliRun run = CliRun.of("validate", "--agreements", records.getParent().toString(), report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("ANR-003");
    }

    @Test
    void standardInputIsReadForDash() {
        CliRun run = CliRun.withStdin(Payloads.validAgreement(), "validate", "-");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.VALID);
        assertThat(run.out()).contains("<stdin>: valid");
    }

    @Test
    void jsonFormatHasFilesAndSummary() throws IOException {
        Path good = Payloads.write(dir, "1.json", Payloads.validAgreement());
        Path bad = Payloads.write(dir, "2.json", Payloads.agreementBreakingAgr004());
        CliRun run = CliRun.of("validate", "--format", "json", good.toString(), bad.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.get("files")).hasSize(2);
        assertThat(json.get("files").get(0).get("file").asString()).isEqualTo(good.toString());
        assertThat(json.get("files").get(0).get("valid").asBoolean()).isTrue();
        JsonNode finding = json.get("files").get(1).get("findings").get(0);
        assertThat(finding.get("rule").asString()).isEqualTo("AGR-004");
        assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
        assertThat(finding.get("pointer").asString()).startsWith("/");
        assertThat(finding.get("clause").asString()).isEqualTo("A §3");
        assertThat(finding.get("basis").asString()).isEqualTo("NOTICE");
        assertThat(json.get("files").get(1).get("notices").get(0).get("numbers").asString()).isEqualTo("警察庁丁情対発第217号、丁備企発第111号");
        assertThat(json.get("files").get(1).get("notices").get(0).get("lapsed").asBoolean()).isFalse();
        assertThat(finding.get("message").asString()).isNotBlank();
        assertThat(json.get("summary").get("documents").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("invalid").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void japaneseMessagesWithLangJa() throws IOException {
        Path bad = Payloads.write(dir, "2.json", Payloads.agreementBreakingAgr004());
        String english = CliRun.of("validate", bad.toString()).out();
        String japanese = CliRun.of("validate", "--lang", "ja", bad.toString()).out();
        assertThat(japanese).contains("不適合").contains("合計 1 件").isNotEqualTo(english);
        assertThat(japanese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA)).isTrue();
    }

    @Test
    void ndjsonValidatesEachLineAndNamesIt() throws IOException {
        String lines = new String(Payloads.validAgreement(), StandardCharsets.UTF_8) + "\n\n"
                + new String(Payloads.agreementBreakingAgr004(), StandardCharsets.UTF_8) + "\r\n"
                + "{not json\n";
        Path file = Payloads.write(dir, "batch.ndjson", lines);
        CliRun run = CliRun.of("validate", "--ndjson", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).contains(file + ":1: valid").contains(file + ":3: invalid").contains(file + ":4: unreadable")
                .contains("3 documents: 1 valid, 1 invalid, 1 unreadable");
    }

    @Test
    void ndjsonLineOverTheLimitIsReportedWithoutKeepingIt() throws IOException {
        byte[] huge = new byte[Limits.MAX_DOCUMENT_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '[';
        huge[huge.length - 1] = ']';
        Path file = dir.resolve("huge.ndjson");
        java.nio.file.Files.write(file, huge);
        java.nio.file.Files.write(file, ("\n" + new String(Payloads.validAgreement(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.of("validate", "--ndjson", file.toString());
        assertThat(run.out()).contains(file + ":1: unreadable").contains("JSON-LIMIT").contains(file + ":2: valid");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }

    @Test
    void fileOverTheLimitIsNotRead() throws IOException {
        Path file = dir.resolve("big.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Limits.MAX_DOCUMENT_BYTES + 1L);
        }
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.out()).contains("JSON-LIMIT");
    }

    @Test
    void controlCharactersInNamesAreEscaped() throws IOException {
        Path file = Payloads.write(dir, "evil\u001b[2J.json", Payloads.validAgreement());
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.out()).doesNotContain("\u001b").contains("\\u001b[2J");
    }

    /** The canonical incident report moved to 2025, after notice 217 lapsed on 2024-03-31. */
    private static String reportOf2025() {
        return new String(Payloads.validIncidentReport(), StandardCharsets.UTF_8).replace("2021-", "2025-");
    }

    private static final String SUCCESSOR = "[ { \"numbers\": \"警察庁丁サ企発第1号、丁備企発第2号\", \"issuedOn\": \"令和6年3月29日\","
            + " \"validity\": \"一種(令和11年3月31日まで)\", \"continues\": \"警察庁丁情対発第217号\" } ]";

    @Test
    void aRecordDatedAfterTheNoticeLapsedIsWarnedAndTheNoticeNamed() throws IOException {
        Path file = Payloads.write(dir, "report.json", reportOf2025());
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.VALID);
        assertThat(run.out()).contains("NTC-004").contains("/reportedAt")
                .contains("[notices: 警察庁丁情対発第217号、丁備企発第111号 (lapsed after 2024-03-31)]");
        assertThat(CliRun.of("validate", "--strict", file.toString()).exitCode()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void aRegisteredSuccessorIsNamedInsteadAndGivesNoLapseWarning() throws IOException {
        Path file = Payloads.write(dir, "report.json", reportOf2025());
        Path notices = Payloads.write(dir, "notices.json", SUCCESSOR);
        CliRun text = CliRun.of("validate", "--notices", notices.toString(), file.toString());
        assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCodes.VALID);
        assertThat(text.out()).doesNotContain("NTC-004").contains("[notices: 警察庁丁サ企発第1号、丁備企発第2号]");
        JsonNode json = JsonMapper.shared().readTree(CliRun.of("validate", "--format", "json", "--notices", notices.toString(), file.toString()).out());
        JsonNode notice = json.get("files").get(0).get("notices").get(0);
        assertThat(notice.get("numbers").asString()).isEqualTo("警察庁丁サ企発第1号、丁備企発第2号");
        assertThat(notice.get("continues").asString()).isEqualTo("警察庁丁情対発第217号、丁備企発第111号");
        assertThat(notice.get("validUntil").asString()).isEqualTo("2029-03-31");
        assertThat(notice.get("lapsed").asBoolean()).isFalse();
    }

    @Test
    void aNoticesFileThatIsNotOneIsAUsageErrorThatSaysWhere() throws IOException {
        Path file = Payloads.write(dir, "report.json", reportOf2025());
        Path bad = Payloads.write(dir, "bad.json", SUCCESSOR.replace("一種(令和11年3月31日まで)", "一種(令和11年2月30日まで)"));
        CliRun run = CliRun.of("validate", "--notices", bad.toString(), file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(bad + ": entry 0").doesNotContain("\tat ");
        Path orphan = Payloads.write(dir, "orphan.json", SUCCESSOR.replace("警察庁丁情対発第217号", "警察庁丁情対発第999号"));
        assertThat(CliRun.of("validate", "--notices", orphan.toString(), file.toString()).err()).contains("第999号");
        Path notJson = Payloads.write(dir, "x.json", "{");
        assertThat(CliRun.of("validate", "--notices", notJson.toString(), file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
