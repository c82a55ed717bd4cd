package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.fixtures.FixtureFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValidatePayloadTest {

    private static final JointResponseValidator VALIDATOR = JointResponseValidator.create();

    private static byte[] fixture(String name) {
        return FixtureFiles.read("payloads/valid/" + name);
    }

    private static byte[] edited(String name, String regex, String replacement) {
        String json = new String(fixture(name), StandardCharsets.UTF_8);
        String changed = json.replaceFirst(regex, replacement);
        assertThat(changed).as("the edit applies").isNotEqualTo(json);
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreement.json", "evidenceRequest.json", "preventionRelease.json", "occurrencePublication.json",
        "arrestPublication.json", "onwardShare.json", "divisionReport.json", "jc3Liaison.json", "annualReport.json",
        "nationalCompilation.json", "notice.json"})
    void canonicalPayloadHasNoFinding(String name) {
        ValidationReport report = VALIDATOR.validatePayload(fixture(name));
        assertThat(report.findings()).isEmpty();
        assertThat(report.document()).isPresent();
    }

    @Test
    void incidentReportIsCheckedAgainstTheAgreementsOfTheContext() {
        ValidationContext context = ValidationContext.of(List.of(CanonicalFixtures.agreement()));
        assertThat(VALIDATOR.validatePayload(fixture("incidentReport.json"), context).findings()).isEmpty();
        // With agreements that do not include the report's, INC-001 cannot be checked and says so.
        ValidationContext others = ValidationContext.of(List.of(io.jointresponse.core.agreement.Agreement.builder()
                .from(CanonicalFixtures.agreement()).id("AGR-OTHER").build()));
        assertThat(VALIDATOR.validatePayload(fixture("incidentReport.json"), others).ruleIds()).containsExactly("INC-004");
        byte[] dos = edited("incidentReport.json", "\"PHISHING\"", "\"DOS_ATTACK\"");
        ValidationReport report = VALIDATOR.validatePayload(dos, context);
        assertThat(report.ruleIds()).containsExactly("INC-001");
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void ruleFindingsOfAReadablePayloadAreReportedWithPointers() {
        byte[] payload = edited("agreement.json", "\"FINANCIAL_INSTITUTION\"", "\"OTHER\"");
        ValidationReport report = VALIDATOR.validatePayload(payload);
        assertThat(report.ruleIds()).containsExactly("AGR-001");
        assertThat(report.findings().get(0).pointer().toString()).startsWith("/");
    }

    @Test
    void unparseablePayloadGivesOneSyntaxFindingAndNoRuleFinding() {
        ValidationReport report = VALIDATOR.validatePayload("{\"kind\": \"agreement\",".getBytes(StandardCharsets.UTF_8));
        assertThat(report.ruleIds()).containsExactly("JSON-SYNTAX");
        assertThat(report.document()).isEmpty();
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void structuralFindingsComeTogetherInOnePass() {
        byte[] payload = edited("agreement.json", "\"id\"\\s*:\\s*\"[^\"]*\",", "");
        String json = new String(payload, StandardCharsets.UTF_8)
                .replaceFirst("\"kind\"", "\"legacyNo\" : 7,\n  \"kind\"")
                .replaceFirst("\"concludedOn\"\\s*:\\s*\"[^\"]*\"", "\"concludedOn\" : 20190603");
        ValidationReport report = VALIDATOR.validatePayload(json.getBytes(StandardCharsets.UTF_8));
        assertThat(report.findings()).extracting(Finding::ruleId, f -> f.pointer().toString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SHAPE-MISSING", "/id"),
                        org.assertj.core.groups.Tuple.tuple("SHAPE-UNKNOWN", "/legacyNo"),
                        org.assertj.core.groups.Tuple.tuple("SHAPE-TYPE", "/concludedOn"));
    }

    @Test
    void malformedNoticeNumberIsNtc001InsteadOfAShapeFinding() {
        byte[] payload = edited("notice.json", "\"警察庁丁備企発第111号\"", "\"警察庁丁備企第111号\"");
        ValidationReport report = VALIDATOR.validatePayload(payload);
        assertThat(report.findings()).hasSize(1);
        Finding f = report.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("NTC-001");
        assertThat(f.pointer()).isEqualTo(JsonPointer.of("numbers", "1"));
        assertThat(f.clause()).isEqualTo("headers");
        assertThat(f.message()).doesNotContain("警察庁丁備企第111号");
    }

    @Test
    void malformedNumberOfAnAbolishedNoticeIsNtc001Too() {
        byte[] payload = edited("notice.json", "\"警察庁丁情対発第159号\"", "\"第159号\"");
        ValidationReport report = VALIDATOR.validatePayload(payload);
        assertThat(report.findings()).extracting(Finding::ruleId, f -> f.pointer().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NTC-001", "/abolishes/0/numbers/0"));
    }

    @Test
    void wellFormedNumbersKeepNtc001() {
        assertThat(VALIDATOR.validatePayload(fixture("notice.json")).findings(NoticeRulesIds.NTC_001)).isEmpty();
    }

    @Test
    void withNtc001DisabledTheWireFormatFindingStands() {
        byte[] payload = edited("notice.json", "\"警察庁丁備企発第111号\"", "\"警察庁丁備企第111号\"");
        ValidationReport report = JointResponseValidator.builder().disableRules("NTC-001").build().validatePayload(payload);
        assertThat(report.ruleIds()).doesNotContain("NTC-001").isNotEmpty();
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void ruleMessagesFollowTheLocale() {
        byte[] payload = edited("agreement.json", "\"FINANCIAL_INSTITUTION\"", "\"OTHER\"");
        String en = VALIDATOR.validatePayload(payload).findings().get(0).message();
        String ja = VALIDATOR.withLocale(Locale.JAPANESE).validatePayload(payload).findings().get(0).message();
        assertThat(ja).isNotEqualTo(en).contains("協定");
    }

    /** Rule ids used here, named once. */
    private static final class NoticeRulesIds {
        static final String NTC_001 = "NTC-001";
    }
}
