package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaAndRulesCommandTest {

    @Test
    void schemaOfOneKindIsThatSchema() {
        CliRun run = CliRun.of("schema", "agreement");
        assertThat(run.exitCode()).isZero();
        JsonNode schema = JsonMapper.shared().readTree(run.out());
        assertThat(schema.get("$schema").asString()).contains("2020-12");
        assertThat(run.out()).contains("\"partner\"");
    }

    @Test
    void schemaWithoutKindIsOneObjectKeyedByEveryKind() {
        CliRun run = CliRun.of("schema");
        assertThat(run.exitCode()).isZero();
        JsonNode all = JsonMapper.shared().readTree(run.out());
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(all.has(kind.wireName())).as(kind.wireName()).isTrue();
        }
    }

    @Test
    void unknownKindIsUsageErrorListingTheKinds() {
        CliRun run = CliRun.of("schema", "nonsense");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("agreement").contains("incidentReport");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Agreement", "AGREEMENT", "agreement", " agreement "})
    void kindsAreNamedInAnyCase(String typed) {
        CliRun run = CliRun.of("schema", typed);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("schema", "agreement").out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"incidentReport", "IncidentReport", "INCIDENTREPORT", "incident_report", "INCIDENT_REPORT"})
    void aKindIsAlsoNamedByItsConstant(String typed) {
        CliRun run = CliRun.of("schema", typed);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JsonMapper.shared().readTree(run.out()).get("$id").asString()).endsWith(":incidentReport");
    }

    @Test
    void rulesListsEveryRule() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        RuleCatalogue.all().forEach(r -> assertThat(run.out()).contains(r.id()));
        // One line per id of the catalogue: the rules, then the wire-format and input findings.
        assertThat(run.out().lines().count()).isEqualTo(RuleCatalogue.everything().size());
    }

    @Test
    void ruleIsExplainedInBothLanguages() {
        CliRun run = CliRun.of("rules", "agr-001");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("AGR-001").contains("A §1").contains("en: ").contains("ja: ");
    }

    @Test
    void wireFormatAndInputIdsAreExplainedToo() {
        CliRun run = CliRun.of("rules", "shape-missing");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SHAPE-MISSING").contains("basis:      wire format").contains("disable:    no")
                .contains("en: ").contains("ja: ");
        assertThat(CliRun.of("rules", "SHAPE-UNKNOWN").out()).contains("disable:    yes");
        assertThat(CliRun.of("rules", "INPUT-IO").out()).contains("basis:      input");
    }

    @Test
    void unknownRuleIsUsageError() {
        assertThat(CliRun.of("rules", "XYZ-999").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
