package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.CLOCK;
import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.annualReport;
import static io.jointresponse.validation.Baseline.compilation;
import static io.jointresponse.validation.Baseline.partner;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ImmutableAgreement;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.validation.internal.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JointResponseValidatorTest {

    /** Breaks AGR-001 (warning), AGR-003 (warning) and AGR-004 at once. */
    private static ImmutableAgreement threeRulesBroken() {
        return agreement()
                .withPartner(partner().withSector(Sector.OTHER).withOutsourcing(OutsourcingStatus.UNKNOWN).withSecurityVendors(List.of()))
                .withReportableCrimes(AgreedCrime.of(CrimeType.OTHER));
    }

    @Test
    void reportsEveryFindingOfOnePassEachWithItsOwnRuleAndSeverity() {
        ValidationReport report = check(threeRulesBroken());
        exactly(report, "AGR-003 /partner/outsourcing", "AGR-004 /reportableCrimes/0/description", "AGR-001 /targetGround");
        assertThat(report.findings()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING, Severity.ERROR, Severity.WARNING);
        assertThat(report.findings()).extracting(Finding::clause).containsExactly("A §2", "A §3", "A §1");
        assertThat(report.ruleIds()).containsExactly("AGR-001", "AGR-003", "AGR-004");
        assertThat(report.errors()).hasSize(1);
        assertThat(report.warnings()).hasSize(2);
        assertThat(report.findings("AGR-003")).hasSize(1);
        assertThat(report.isValid()).isFalse();
        assertThat(report.document()).contains(threeRulesBroken());
    }

    @Test
    void cascadeThroughAFluentAccessorIsActuallyFollowed() {
        // reports() is a fluent accessor: without the getter strategy Hibernate Validator would not
        // see it as a property, never cascade into the reports, and this finding would be lost.
        AnnualReport broken = annualReport(Prefecture.OSAKA).withInForceTotal(-1);
        ValidationReport report = check(compilation().withReports(annualReport(Prefecture.TOKYO), broken));
        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer())
                .contains("ANR-001 /reports/1/inForceTotal");
        assertThat(Engine.factory(NationalCompilation.class).getGetterPropertySelectionStrategy().getGetterMethodNameCandidates("reports"))
                .containsExactly("reports");
    }

    @Test
    void disabledRuleGivesNoFinding() {
        JointResponseValidator validator = JointResponseValidator.builder().clock(CLOCK).disableRules("AGR-001", "AGR-004").build();
        exactly(validator.validate(threeRulesBroken()), "AGR-003 /partner/outsourcing");
        assertThat(validator.options().disabledRules()).containsExactly("AGR-001", "AGR-004");
    }

    @Test
    void unknownRuleIdIsRejectedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> JointResponseValidator.builder().disableRules("AGR-001", "AGR-999"))
                .withMessageContaining("AGR-999");
        assertThatIllegalArgumentException().isThrownBy(() -> ValidationOptions.builder().disableRules("SHAPE-MISSING"))
                .withMessageContaining("SHAPE-MISSING");
    }

    @Test
    void warningsAsErrorsShowEveryWarningAsAnError() {
        ValidationReport report = Baseline.STRICT.validate(threeRulesBroken());
        assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(report.warnings()).isEmpty();
        assertThat(RuleCatalogue.find("AGR-003").orElseThrow().severities()).contains(Severity.WARNING);
    }

    @Test
    void messagesAreEnglishByDefaultWhateverTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            ValidationReport report = JointResponseValidator.builder().clock(CLOCK).build()
                    .validate(agreement().withReportableCrimes(List.of()));
            assertThat(report.findings().get(0).message())
                    .isEqualTo(RuleCatalogue.find("AGR-004").orElseThrow().englishMessage())
                    .startsWith("No reportable crime");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void messagesInJapaneseOnRequest() {
        JointResponseValidator japanese = Baseline.VALIDATOR.withLocale(Locale.JAPAN);
        assertThat(japanese.options().locale()).isEqualTo(Locale.JAPANESE);
        ValidationReport report = japanese.validate(agreement().withReportableCrimes(List.of()));
        assertThat(report.findings().get(0).message())
                .isEqualTo(RuleCatalogue.find("AGR-004").orElseThrow().japaneseMessage())
                .startsWith("通報を求めるサイバー犯罪");
        ValidationReport english = Baseline.VALIDATOR.withLocale(Locale.US).validate(agreement().withReportableCrimes(List.of()));
        assertThat(english.findings().get(0).message()).startsWith("No reportable crime");
    }

    @Test
    void localeOtherThanEnglishOrJapaneseIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ValidationOptions.builder().locale(Locale.FRENCH))
                .withMessageContaining("fr");
    }

    @Test
    void everyMessageIsCatalogueTextWhateverThePayloadHolds() {
        // Text that an Expression Language or a parameter interpolator would act on, in every text field.
        String hostile = "${1+1} {rule.AGR-002} #{7*7} \\{x}";
        Partner p = partner().withName(hostile).withSector(Sector.OTHER).withSectorDescription(hostile)
                .withOutsourcing(OutsourcingStatus.UNKNOWN).withSecurityVendors(List.of());
        ImmutableAgreement a = agreement().withId(hostile).withPartner(p)
                .withReportableCrimes(AgreedCrime.builder().type(CrimeType.OTHER).description(" ").addReportItems(hostile).build());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            for (Finding f : Baseline.VALIDATOR.withLocale(locale).validate(a).findings()) {
                RuleDescription rule = RuleCatalogue.find(f.ruleId()).orElseThrow();
                List<String> allowed = new ArrayList<>();
                allowed.add(rule.message(locale));
                rule.variantMessages().values().forEach(v -> allowed.add(v.get(locale)));
                assertThat(allowed).as(f.toString()).contains(f.message());
                assertThat(f.message()).doesNotContain("1+1", "7*7", "{", "$");
            }
        }
    }

    @Test
    void findingsAreOrderedByPointerThenRuleId() {
        List<AnnualReport> reports = new ArrayList<>();
        for (Prefecture p : Prefecture.values()) {
            reports.add(annualReport(p).withInForceTotal(-1).withInForceAtPeriodStart(-2).withConcludedInPeriod(1).withTerminatedInPeriod(0));
        }
        ValidationReport report = check(compilation().withReports(reports));
        List<String> pointers = report.findings().stream().map(f -> f.pointer().toString()).toList();
        assertThat(pointers.indexOf("/reports/2/inForceTotal")).isLessThan(pointers.indexOf("/reports/10/inForceTotal"));
        assertThat(report.findings()).isSortedAccordingTo(ValidationReport.ORDER);
        assertThat(check(compilation().withReports(reports)).findings()).isEqualTo(report.findings());
    }

    @Test
    void objectThatIsNotADocumentIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> check(partner())).withMessageContaining("Partner");
        assertThatIllegalArgumentException().isThrownBy(() -> check("text"));
        assertThatNullPointerException().isThrownBy(() -> check(null));
        assertThatNullPointerException().isThrownBy(() -> Baseline.VALIDATOR.validate(agreement(), null));
    }

    @Test
    void everyBaselineIsValid() {
        for (Object document : Baseline.everyKind()) {
            clean(check(document));
        }
    }

    @Test
    void oneFactoryPerDocumentTypeServesTheProcessWithoutExpressionLanguage() {
        assertThat(Engine.factory(Agreement.class)).isSameAs(Engine.factory(Agreement.class))
                .isNotSameAs(Engine.factory(IncidentReport.class));
        assertThatIllegalArgumentException().isThrownBy(() -> Engine.factory(String.class));
        assertThat(ModuleLayer.boot().findModule("jakarta.el")).isEmpty();
        assertThat(JointResponseValidator.class.getModule().isNamed()).as("tests run on the module path").isTrue();
    }

    @Test
    void reportSummaryNamesNoData() {
        ValidationReport report = check(threeRulesBroken());
        assertThat(report.toString()).contains("invalid", "AGR-001", "/targetGround").doesNotContain("見本");
    }
}
