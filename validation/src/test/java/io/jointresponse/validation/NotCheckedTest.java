package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.annualReport;
import static io.jointresponse.validation.Baseline.compilation;
import static io.jointresponse.validation.Baseline.incident;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.document.Document;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.fixtures.FixtureFiles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rule that needs records the caller did not give is never silent: the report lists it as not
 * checked, with the reason, in the report's language; with the records, it runs and is not listed.
 */
class NotCheckedTest {

    private static List<String> unchecked(ValidationReport report) {
        return report.notChecked().stream().map(n -> n.ruleId() + " " + n.reason()).toList();
    }

    @Test
    void incidentReportWithoutALookupListsTheRulesThatNeedItsAgreement() {
        // Breaks INC-001 (a crime type its agreement does not list), which only a lookup can show.
        ValidationReport report = Baseline.VALIDATOR.validate(Baseline.incidentBuilder().crimeTypes(List.of(CrimeType.DOS_ATTACK)).build());
        assertThat(report.findings()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(unchecked(report)).containsExactly(
                "INC-001 NO_AGREEMENT_LOOKUP", "INC-004 NO_AGREEMENT_LOOKUP", "INC-005 NO_AGREEMENT_LOOKUP");
        assertThat(report.notChecked().get(0).message()).startsWith("Not checked");
        assertThat(report.toString()).contains("INC-001 not checked (NO_AGREEMENT_LOOKUP)");

        ValidationContext lookup = ValidationContext.withAgreementLookup(id -> Optional.of(Baseline.agreement()));
        ValidationReport checked = Baseline.VALIDATOR.validate(Baseline.incidentBuilder().crimeTypes(List.of(CrimeType.DOS_ATTACK)).build(), lookup);
        assertThat(checked.ruleIds()).containsExactly("INC-001");
        assertThat(checked.notChecked()).isEmpty();
    }

    @Test
    void annualReportWithoutTheRecordsListsAnr003OnceEvenInACompilation() {
        assertThat(unchecked(Baseline.VALIDATOR.validate(annualReport()))).containsExactly("ANR-003 NO_AGREEMENT_RECORDS");
        assertThat(unchecked(Baseline.VALIDATOR.validate(compilation()))).containsExactly("ANR-003 NO_AGREEMENT_RECORDS");
        // A lookup is not the complete records.
        ValidationContext lookup = ValidationContext.withAgreementLookup(id -> Optional.empty());
        assertThat(unchecked(Baseline.VALIDATOR.validate(annualReport(), lookup))).containsExactly("ANR-003 NO_AGREEMENT_RECORDS");
        assertThat(Baseline.VALIDATOR.validate(annualReport(), ValidationContext.of(List.of(Baseline.agreement()))).notChecked())
                .isEmpty();
    }

    @Test
    void documentsWhoseRulesNeedNoRecordsHaveNothingUnchecked() {
        for (Document document : Baseline.everyKind()) {
            ValidationReport report = Baseline.VALIDATOR.validate(document);
            assertThat(report.notChecked()).as(document.getClass().getSimpleName())
                    .allMatch(n -> List.of("INC-001", "INC-004", "INC-005", "DSC-004", "ANR-003").contains(n.ruleId()));
        }
        assertThat(Baseline.VALIDATOR.validate(Baseline.agreement()).notChecked()).isEmpty();
    }

    @Test
    void aDisabledRuleIsNotListedAsNotChecked() {
        JointResponseValidator validator = JointResponseValidator.builder().clock(Baseline.CLOCK).registerSuccessors(Baseline.SUCCESSORS)
                .disableRules("INC-001").build();
        assertThat(unchecked(validator.validate(incident()))).containsExactly("INC-004 NO_AGREEMENT_LOOKUP", "INC-005 NO_AGREEMENT_LOOKUP");
    }

    @Test
    void thePayloadOfTheSampleBreakingInc001NoLongerLooksSimplyValid() {
        byte[] payload = FixtureFiles.read("payloads/invalid/INC-001-crime-type-not-agreed.json");
        ValidationReport alone = JointResponseValidator.create().validatePayload(payload);
        assertThat(alone.findings()).isEmpty();
        assertThat(unchecked(alone)).contains("INC-001 NO_AGREEMENT_LOOKUP");
        ValidationReport withRecords = JointResponseValidator.create()
                .validatePayload(payload, ValidationContext.of(List.of(CanonicalFixtures.agreement())));
        assertThat(withRecords.ruleIds()).containsExactly("INC-001");
        assertThat(withRecords.notChecked()).isEmpty();
    }

    @Test
    void reasonsSpeakTheLanguageOfTheReport() {
        ValidationReport ja = Baseline.VALIDATOR.withLocale(Locale.JAPANESE).validate(annualReport());
        assertThat(ja.notChecked().get(0).message()).startsWith("未検査");
    }
}
