package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.UnknownFieldPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lenient intake: {@code validatePayload} reads properties the wire format does not define as the
 * options' policy says, and reports them, or not, in the same one-pass report as the rules.
 */
class LenientIntakeTest {

    private static final JointResponseValidator STRICT = JointResponseValidator.create();
    private static final JointResponseValidator KEEP = JointResponseValidator.builder().unknownFields(UnknownFieldPolicy.KEEP).build();
    private static final JointResponseValidator DROP = JointResponseValidator.builder().unknownFields(UnknownFieldPolicy.DROP).build();

    /** The canonical agreement with one unknown property at the top and one inside the partner. */
    private static final String EXTRAS = agreement()
            .replaceFirst("\"kind\"", "\"legacyNo\" : 7, \"kind\"")
            .replaceFirst("\"corporateNumber\"", "\"branch\" : { \"code\" : \"001\" }, \"corporateNumber\"");

    /** As {@link #EXTRAS}, and breaking AGR-001 (a partner outside the named sectors, no basis). */
    private static final String EXTRAS_AND_RULE = EXTRAS.replaceFirst("\"FINANCIAL_INSTITUTION\"", "\"OTHER\"");

    private static String agreement() {
        return new String(FixtureFiles.read("payloads/valid/agreement.json"), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String line(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.pointer();
    }

    @Test
    void strictIntakeRejectsUnknownPropertiesAsErrorsAndReadsNoDocument() {
        ValidationReport report = STRICT.validatePayload(bytes(EXTRAS_AND_RULE));

        assertThat(report.findings()).extracting(LenientIntakeTest::line)
                .containsExactly("SHAPE-UNKNOWN ERROR /legacyNo", "SHAPE-UNKNOWN ERROR /partner/branch");
        assertThat(report.document()).isEmpty();
        assertThat(report.keptFields()).isEmpty();
        assertThat(report.droppedFields()).isEmpty();
        assertThat(STRICT.options().unknownFields()).isEqualTo(UnknownFieldPolicy.REJECT);
    }

    @Test
    void keepReportsEachUnknownPropertyAsAWarningBesideTheRulesFindingsInOnePass() {
        ValidationReport report = KEEP.validatePayload(bytes(EXTRAS_AND_RULE));

        assertThat(report.findings()).extracting(LenientIntakeTest::line)
                .containsExactly("SHAPE-UNKNOWN WARNING /legacyNo", "SHAPE-UNKNOWN WARNING /partner/branch",
                        "AGR-001 WARNING /targetGround");
        assertThat(report.findings("SHAPE-UNKNOWN")).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThat(report.document()).isPresent();
        assertThat(report.keptFields().keySet()).extracting(JsonPointer::toString).containsExactly("/legacyNo", "/partner/branch");
        assertThat(report.droppedFields()).isEmpty();
    }

    @Test
    void keptPropertiesGoBackWhereTheyWereWhenTheDocumentIsWrittenAgain() {
        ValidationReport report = KEEP.validatePayload(bytes(EXTRAS));
        assertThat(report.isValid()).isTrue();
        Document document = report.document().orElseThrow();

        byte[] written = JointResponseJson.strict().write(document, report.keptFields());

        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(bytes(EXTRAS)));
        // The report hands out copies: changing one changes nothing in the report.
        ((ObjectNode) report.keptFields().get(JsonPointer.parse("/partner/branch"))).put("code", "999");
        assertThat(report.keptFields().get(JsonPointer.parse("/partner/branch")).get("code").asString()).isEqualTo("001");
    }

    @Test
    void dropReportsNoFindingForUnknownPropertiesAndListsWhereTheyWere() {
        ValidationReport report = DROP.validatePayload(bytes(EXTRAS_AND_RULE));

        assertThat(report.findings()).extracting(LenientIntakeTest::line).containsExactly("AGR-001 WARNING /targetGround");
        assertThat(report.droppedFields()).extracting(JsonPointer::toString).containsExactly("/legacyNo", "/partner/branch");
        assertThat(report.keptFields()).isEmpty();
        assertThat(report.document()).isEqualTo(DROP.validatePayload(bytes(agreement().replaceFirst("\"FINANCIAL_INSTITUTION\"", "\"OTHER\""))).document());
    }

    @Test
    void lenientIntakeIsStrictAboutEverythingElse() {
        String missingId = EXTRAS.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\",", "");
        for (JointResponseValidator lenient : new JointResponseValidator[] {KEEP, DROP}) {
            ValidationReport report = lenient.validatePayload(bytes(missingId));
            assertThat(report.errors()).extracting(LenientIntakeTest::line).containsExactly("SHAPE-MISSING ERROR /id");
            assertThat(report.document()).isEmpty();
        }
    }

    @Test
    void keptPropertiesAreWarnedAboutInTheLanguageOfTheReport() {
        JointResponseValidator japanese = KEEP.withLocale(Locale.JAPANESE);
        Finding english = KEEP.validatePayload(bytes(EXTRAS)).findings().get(0);
        Finding inJapanese = japanese.validatePayload(bytes(EXTRAS)).findings().get(0);

        assertThat(inJapanese.ruleId()).isEqualTo("SHAPE-UNKNOWN");
        assertThat(inJapanese.pointer()).isEqualTo(english.pointer());
        assertThat(inJapanese.message()).isNotEqualTo(english.message())
                .matches(m -> m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "is Japanese");
        assertThat(japanese.options().unknownFields()).isEqualTo(UnknownFieldPolicy.KEEP);
    }

    @Test
    void keptPropertiesAreErrorsWhenWarningsAreAndNoFindingWhenShapeUnknownIsDisabled() {
        JointResponseValidator keepStrictly = JointResponseValidator.builder()
                .unknownFields(UnknownFieldPolicy.KEEP).warningsAsErrors(true).build();
        ValidationReport asErrors = keepStrictly.validatePayload(bytes(EXTRAS));
        assertThat(asErrors.findings()).extracting(Finding::severity).containsOnly(Severity.ERROR).hasSize(2);
        assertThat(asErrors.isValid()).isFalse();

        JointResponseValidator keepQuietly = JointResponseValidator.builder()
                .unknownFields(UnknownFieldPolicy.KEEP).disableRules("SHAPE-UNKNOWN").build();
        ValidationReport quiet = keepQuietly.validatePayload(bytes(EXTRAS));
        assertThat(quiet.findings()).isEmpty();
        assertThat(quiet.keptFields()).hasSize(2);
    }

    @Test
    void aPayloadWithoutUnknownPropertiesReadsTheSameWhateverThePolicy() {
        byte[] canonical = bytes(agreement());
        ValidationReport strict = STRICT.validatePayload(canonical);
        for (JointResponseValidator lenient : new JointResponseValidator[] {KEEP, DROP}) {
            ValidationReport report = lenient.validatePayload(canonical);
            assertThat(report.findings()).isEmpty();
            assertThat(report.document()).isEqualTo(strict.document());
            assertThat(report.keptFields()).isEmpty();
            assertThat(report.droppedFields()).isEmpty();
        }
    }

    @Test
    void thePolicyIsPartOfTheOptions() {
        ValidationOptions keep = ValidationOptions.builder().unknownFields(UnknownFieldPolicy.KEEP).build();

        assertThat(keep).isNotEqualTo(ValidationOptions.defaults());
        assertThat(keep.toBuilder().build()).isEqualTo(keep).hasSameHashCodeAs(keep);
        assertThat(keep.toString()).contains("unknownFields=KEEP");
        assertThat(JointResponseValidator.create(keep).validatePayload(bytes(EXTRAS)).ruleIds()).containsExactly("SHAPE-UNKNOWN");
        assertThatNullPointerException().isThrownBy(() -> ValidationOptions.builder().unknownFields(null));
    }

    @Test
    void objectValidationHasNoUnknownProperties() {
        Document document = KEEP.validatePayload(bytes(EXTRAS)).document().orElseThrow();
        ValidationReport report = KEEP.validate(document);
        assertThat(report.keptFields()).isEmpty();
        assertThat(report.droppedFields()).isEmpty();
    }
}
