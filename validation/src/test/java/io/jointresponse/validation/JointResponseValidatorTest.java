package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.CLOCK;
import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.agreementBuilder;
import static io.jointresponse.validation.Baseline.annualReport;
import static io.jointresponse.validation.Baseline.annualReportBuilder;
import static io.jointresponse.validation.Baseline.compilation;
import static io.jointresponse.validation.Baseline.compilationBuilder;
import static io.jointresponse.validation.Baseline.partner;
import static io.jointresponse.validation.Baseline.partnerBuilder;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.organisation.Prefecture;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JointResponseValidatorTest {

    /** Breaks AGR-001 (warning), AGR-003 (warning) and AGR-004 at once. */
    private static Agreement threeRulesBroken() {
        return agreementBuilder()
                .partner(partnerBuilder().sector(Sector.OTHER).outsourcing(OutsourcingStatus.UNKNOWN).securityVendors(List.of()).build())
                .reportableCrimes(List.of(AgreedCrime.of(CrimeType.OTHER))).build();
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
        // Each report of a compilation is validated in its own right, under /reports/i: without the
        // runner's recursion into reports() this finding would be lost.
        AnnualReport broken = annualReportBuilder(Prefecture.OSAKA).inForceTotal(-1).build();
        ValidationReport report = check(compilationBuilder().reports(List.of(annualReport(Prefecture.TOKYO), broken)).build());
        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer())
                .contains("ANR-001 /reports/1/inForceTotal");
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
                    .validate(agreementBuilder().reportableCrimes(List.of()).build());
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
        ValidationReport report = japanese.validate(agreementBuilder().reportableCrimes(List.of()).build());
        assertThat(report.findings().get(0).message())
                .isEqualTo(RuleCatalogue.find("AGR-004").orElseThrow().japaneseMessage())
                .startsWith("通報を求めるサイバー犯罪");
        ValidationReport english = Baseline.VALIDATOR.withLocale(Locale.US).validate(agreementBuilder().reportableCrimes(List.of()).build());
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
        Partner p = partnerBuilder().name(hostile).sector(Sector.OTHER).sectorDescription(hostile)
                .outsourcing(OutsourcingStatus.UNKNOWN).securityVendors(List.of()).build();
        Agreement a = agreementBuilder().id(hostile).partner(p)
                .reportableCrimes(List.of(AgreedCrime.builder().type(CrimeType.OTHER).description(" ").addReportItems(hostile).build())).build();
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
            reports.add(annualReportBuilder(p).inForceTotal(-1).inForceAtPeriodStart(-2).concludedInPeriod(1).terminatedInPeriod(0).build());
        }
        ValidationReport report = check(compilationBuilder().reports(reports).build());
        List<String> pointers = report.findings().stream().map(f -> f.pointer().toString()).toList();
        assertThat(pointers.indexOf("/reports/2/inForceTotal")).isLessThan(pointers.indexOf("/reports/10/inForceTotal"));
        assertThat(report.findings()).isSortedAccordingTo(ValidationReport.ORDER);
        assertThat(check(compilationBuilder().reports(reports).build()).findings()).isEqualTo(report.findings());
    }

    @Test
    void onlyADocumentCanBeValidated() {
        // Passing anything else does not compile: every validate method takes a Document.
        assertThat(java.util.Arrays.stream(JointResponseValidator.class.getMethods()).filter(m -> m.getName().equals("validate"))
                .map(m -> m.getParameterTypes()[0])).containsOnly(Document.class);
        assertThatNullPointerException().isThrownBy(() -> check(null));
        assertThatNullPointerException().isThrownBy(() -> Baseline.VALIDATOR.validate(agreement(), null));
    }

    @Test
    void everyBaselineIsValid() {
        for (Document document : Baseline.everyKind()) {
            clean(check(document));
        }
    }

    @Test
    void rulesRunWithoutAnyValidationFrameworkOrExpressionLanguage() {
        assertThat(JointResponseValidator.class.getModule().isNamed()).as("tests run on the module path").isTrue();
        assertThat(JointResponseValidator.class.getModule().getDescriptor().requires())
                .extracting(ModuleDescriptor.Requires::name)
                .doesNotContain("jakarta.validation", "org.hibernate.validator", "jakarta.el");
        assertThat(ModuleLayer.boot().findModule("jakarta.el")).isEmpty();
        assertThat(ModuleLayer.boot().findModule("org.hibernate.validator")).isEmpty();
        clean(check(agreement()));
    }

    @Test
    void reportSummaryNamesNoData() {
        ValidationReport report = check(threeRulesBroken());
        assertThat(report.toString()).contains("invalid", "AGR-001", "/targetGround").doesNotContain("見本");
    }
}
