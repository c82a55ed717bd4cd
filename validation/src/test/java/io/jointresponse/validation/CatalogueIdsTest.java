package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.agreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.serialization.WireRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One catalogue of finding ids: the wire-format and input ids are in it with messages in both
 * languages; they are reported in the report's language; only the ids that can sensibly be
 * disabled can be; and ids are case-insensitive everywhere.
 */
class CatalogueIdsTest {

    private static byte[] agreementWith(String regex, String replacement) {
        String json = new String(FixtureFiles.read("payloads/valid/agreement.json"), StandardCharsets.UTF_8);
        String changed = json.replaceFirst(regex, replacement);
        assertThat(changed).isNotEqualTo(json);
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyWireFormatIdAndInputIoAreInTheCatalogueWithBothLanguages() {
        assertThat(RuleCatalogue.readingFindings()).extracting(RuleDescription::id)
                .containsExactlyElementsOf(concat(WireRules.ids(), List.of(RuleCatalogue.INPUT_IO)));
        for (RuleDescription r : RuleCatalogue.readingFindings()) {
            assertThat(r.category()).isNotEqualTo(RuleDescription.Category.RULE);
            assertThat(r.clause()).isIn(WireRules.CLAUSE, RuleCatalogue.INPUT_BASIS);
            assertThat(r.japaneseMessage()).as(r.id()).matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*");
            assertThat(r.englishMessage()).as(r.id()).matches("[A-Z][\\x20-\\x7e]{15,}");
            assertThat(r.title(Locale.ENGLISH)).isNotBlank();
            assertThat(r.title(Locale.JAPANESE)).isNotBlank();
        }
        assertThat(RuleCatalogue.everything()).hasSize(RuleCatalogue.all().size() + RuleCatalogue.readingFindings().size());
    }

    @Test
    void structuralFindingsSpeakTheLanguageOfTheReport() {
        byte[] payload = agreementWith("\"concludedOn\"\\s*:\\s*\"[^\"]*\"", "\"concludedOn\" : 20190603");
        Finding en = JointResponseValidator.create().validatePayload(payload).findings().get(0);
        Finding ja = JointResponseValidator.create().withLocale(Locale.JAPANESE).validatePayload(payload).findings().get(0);
        assertThat(en.ruleId()).isEqualTo(ja.ruleId()).isEqualTo("SHAPE-TYPE");
        assertThat(en.message()).startsWith("expected a date");
        assertThat(ja.message()).contains("日付").contains("必要です").doesNotContain("expected");
        Finding syntax = JointResponseValidator.create().withLocale(Locale.JAPANESE)
                .validatePayload("{\n \"kind\": }".getBytes(StandardCharsets.UTF_8)).findings().get(0);
        assertThat(syntax.message()).contains("整形式のJSONではありません").contains("2行");
    }

    @Test
    void idsAreCaseInsensitiveEverywhere() {
        assertThat(RuleCatalogue.find("agr-001")).map(RuleDescription::id).contains("AGR-001");
        assertThat(RuleCatalogue.find("shape-missing")).map(RuleDescription::id).contains("SHAPE-MISSING");
        ValidationOptions options = ValidationOptions.builder().disableRules("agr-001", "Agr-004").build();
        assertThat(options.disabledRules()).containsExactly("AGR-001", "AGR-004");
        assertThat(options.isEnabled("agr-001")).isFalse();
        assertThat(options.isEnabled("AGR-001")).isFalse();
        assertThat(options.isEnabled("agr-002")).isTrue();
        ValidationReport report = Baseline.VALIDATOR.validate(Baseline.agreementBuilder().reportableCrimes(List.of(AgreedCrime.of(CrimeType.OTHER))).build());
        assertThat(report.findings("agr-004")).isEqualTo(report.findings("AGR-004")).hasSize(1);
    }

    @Test
    void onlyRulesAndShapeUnknownCanBeDisabledTheOthersAreRefusedWithTheReason() {
        for (RuleDescription r : RuleCatalogue.all()) {
            assertThat(r.canBeDisabled()).as(r.id()).isTrue();
        }
        for (String id : List.of("JSON-SYNTAX", "JSON-LIMIT", "SHAPE-MISSING", "SHAPE-TYPE", "SHAPE-KIND", "SHAPE-VERSION",
                "SHAPE-VALUE", "INPUT-IO", "input-io")) {
            assertThatIllegalArgumentException().as(id).isThrownBy(() -> ValidationOptions.builder().disableRules(id))
                    .withMessageContaining(id.toUpperCase(Locale.ROOT))
                    .withMessageContaining("cannot be disabled")
                    .withMessageContaining("could not be read");
        }
        assertThat(ValidationOptions.builder().disableRules("SHAPE-UNKNOWN").build().disabledRules()).containsExactly("SHAPE-UNKNOWN");
    }

    @Test
    void disablingShapeUnknownDropsUndefinedPropertiesWithoutReportingThem() {
        byte[] payload = agreementWith("\"kind\"", "\"legacyNo\" : 7, \"kind\"");
        ValidationReport strict = JointResponseValidator.create().validatePayload(payload);
        assertThat(strict.findings()).extracting(f -> f.ruleId() + " " + f.pointer()).containsExactly("SHAPE-UNKNOWN /legacyNo");
        assertThat(strict.document()).isEmpty();

        JointResponseValidator tolerant = JointResponseValidator.builder().disableRules("shape-unknown").build();
        ValidationReport dropped = tolerant.validatePayload(payload);
        assertThat(dropped.findings()).isEmpty();
        assertThat(dropped.isValid()).isTrue();
        assertThat(dropped.document()).contains(JointResponseValidator.create()
                .validatePayload(FixtureFiles.read("payloads/valid/agreement.json")).document().orElseThrow());
        // Rules still run on the document read.
        byte[] other = agreementWith("\"FINANCIAL_INSTITUTION\"", "\"OTHER\", \"legacyNo\" : 7");
        assertThat(tolerant.validatePayload(other).ruleIds()).containsExactly("AGR-001");
        // Everything else about the shape is as strict as ever.
        byte[] missing = agreementWith("\"id\"\\s*:\\s*\"[^\"]*\",", "");
        assertThat(tolerant.validatePayload(missing).ruleIds()).containsExactly("SHAPE-MISSING");
    }

    @Test
    void aFindingsTextTellsWhichOfItsRulesMessagesItCarries() {
        for (RuleDescription r : RuleCatalogue.all()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                assertThat(r.variantOf(r.message(locale))).as(r.id()).contains("");
                for (String variant : r.variantMessages().keySet()) {
                    assertThat(r.variantOf(r.message(variant, locale))).as(r.id() + " " + variant).contains(variant);
                }
            }
        }
        assertThat(RuleCatalogue.find("AGR-001").orElseThrow().variantOf("something else")).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
