package io.jointresponse.test;

import static io.jointresponse.test.JointResponseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.validation.ValidationReport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The report assertions pass and fail as they say, with exactly these messages. The messages of
 * the findings themselves come from the rules; the layout around them is spelled out here.
 */
class ValidationReportAssertTest {

    private static final ValidationReport CLEAN = Reports.clean();
    private static final ValidationReport ERROR_AND_WARNING = Reports.errorAndWarning();
    private static final ValidationReport WARNING_ONLY = Reports.warningOnly();
    private static final ValidationReport THREE = Reports.threeOfOneRule();

    private static String lines(ValidationReport report) {
        return Reports.lines(report.findings());
    }

    @Test
    void theReportsAreWhatTheirNamesSay() {
        assertThat(CLEAN).hasNoFindings();
        assertThat(ERROR_AND_WARNING.findings()).extracting(Finding::ruleId, Finding::severity, f -> f.pointer().toString())
                .containsExactly(tuple("INC-002", Severity.ERROR, "/detectedAt"),
                        tuple("INC-003", Severity.WARNING, "/sharedWith"));
        assertThat(THREE.findings()).extracting(f -> f.pointer().toString())
                .containsExactly("/detectedAt", "/occurredAt", "/reportedAt");
    }

    @Test
    void passingAssertionsChain() {
        assertThat(CLEAN).isValid().hasNoErrors().hasNoWarnings().hasNoFindings().hasOnlyRules().hasDocument();
        assertThat(WARNING_ONLY).isValid().hasNoErrors().hasOnlyRules("INC-003").hasRules("INC-003").doesNotHaveRule("INC-002");
        assertThat(ERROR_AND_WARNING).isInvalid().hasOnlyRules("INC-003", "INC-002").hasOnlyRules(Set.of("INC-002", "INC-003"))
                .hasRules("INC-002").doesNotHaveRule("AGR-001", "INC-001");
        assertThat(ERROR_AND_WARNING).hasFinding("INC-003").at("/sharedWith").withSeverity(Severity.WARNING).isWarning()
                .hasClause("A §3").hasRuleId("INC-003");
    }

    @Test
    void hasFindingNavigatesToTheFindingAtThePointer() {
        assertThat(THREE).hasFinding("INC-002").at("/reportedAt").isError().at("/occurredAt").at("/detectedAt");
    }

    @Test
    void isValidFailsListingEveryFinding() {
        assertThatThrownBy(() -> assertThat(ERROR_AND_WARNING).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the report to be valid (no ERROR finding), but it has 1 error and 1 warning:\n"
                        + lines(ERROR_AND_WARNING));
    }

    @Test
    void isInvalidFailsOnAReportWithOnlyWarnings() {
        assertThatThrownBy(() -> assertThat(WARNING_ONLY).isInvalid())
                .hasMessage("Expecting the report to be invalid (an ERROR finding), but it has 1 warning:\n" + lines(WARNING_ONLY));
        assertThatThrownBy(() -> assertThat(CLEAN).isInvalid())
                .hasMessage("Expecting the report to be invalid (an ERROR finding), but it has no findings.");
    }

    @Test
    void hasNoErrorsAndHasNoWarningsFailListingEveryFinding() {
        assertThatThrownBy(() -> assertThat(ERROR_AND_WARNING).hasNoErrors())
                .hasMessage("Expecting the report to have no ERROR finding, but it has 1 error and 1 warning:\n" + lines(ERROR_AND_WARNING));
        assertThatThrownBy(() -> assertThat(WARNING_ONLY).hasNoWarnings())
                .hasMessage("Expecting the report to have no WARNING finding, but it has 1 warning:\n" + lines(WARNING_ONLY));
    }

    @Test
    void hasNoFindingsFailsCountingThem() {
        assertThatThrownBy(() -> assertThat(THREE).hasNoFindings())
                .hasMessage("Expecting the report to have no findings, but it has 3 errors:\n" + lines(THREE));
    }

    @Test
    void hasOnlyRulesSaysWhatIsUnexpectedAndWhatIsMissing() {
        assertThatThrownBy(() -> assertThat(ERROR_AND_WARNING).hasOnlyRules("INC-002"))
                .hasMessage("Expecting the report to have findings of exactly [INC-002], but it has findings of [INC-002, INC-003]"
                        + " (unexpected: [INC-003]); it has 1 error and 1 warning:\n" + lines(ERROR_AND_WARNING));
        assertThatThrownBy(() -> assertThat(WARNING_ONLY).hasOnlyRules("INC-003", "INC-001"))
                .hasMessage("Expecting the report to have findings of exactly [INC-001, INC-003], but it has findings of [INC-003]"
                        + " (missing: [INC-001]); it has 1 warning:\n" + lines(WARNING_ONLY));
        assertThatThrownBy(() -> assertThat(WARNING_ONLY).hasOnlyRules("INC-002"))
                .hasMessage("Expecting the report to have findings of exactly [INC-002], but it has findings of [INC-003]"
                        + " (unexpected: [INC-003], missing: [INC-002]); it has 1 warning:\n" + lines(WARNING_ONLY));
        assertThatThrownBy(() -> assertThat(CLEAN).hasOnlyRules(List.of("INC-002")))
                .hasMessage("Expecting the report to have findings of exactly [INC-002], but it has no findings.");
        assertThatThrownBy(() -> assertThat(WARNING_ONLY).hasOnlyRules())
                .hasMessage("Expecting the report to have no findings, but it has 1 warning:\n" + lines(WARNING_ONLY));
    }

    @Test
    void hasRulesNamesTheAbsentOnes() {
        assertThatThrownBy(() -> assertThat(WARNING_ONLY).hasRules("INC-003", "INC-002", "AGR-001"))
                .hasMessage("Expecting the report to have findings of [AGR-001, INC-002, INC-003], but it has none of [AGR-001, INC-002];"
                        + " it has 1 warning:\n" + lines(WARNING_ONLY));
    }

    @Test
    void doesNotHaveRuleNamesThePresentOnes() {
        assertThatThrownBy(() -> assertThat(ERROR_AND_WARNING).doesNotHaveRule("INC-003", "AGR-001"))
                .hasMessage("Expecting the report to have no finding of [AGR-001, INC-003], but it has findings of [INC-003];"
                        + " it has 1 error and 1 warning:\n" + lines(ERROR_AND_WARNING));
    }

    @Test
    void hasFindingFailsWhenTheRuleHasNone() {
        assertThatThrownBy(() -> assertThat(WARNING_ONLY).hasFinding("INC-002"))
                .hasMessage("Expecting the report to have a finding of INC-002, but it has 1 warning:\n" + lines(WARNING_ONLY));
        assertThatThrownBy(() -> assertThat(CLEAN).hasFinding("INC-002"))
                .hasMessage("Expecting the report to have a finding of INC-002, but it has no findings.");
    }

    @Test
    void atFailsNamingWhereTheRuleIsFound() {
        assertThatThrownBy(() -> assertThat(ERROR_AND_WARNING).hasFinding("INC-003").at("/summary"))
                .hasMessage("Expecting a finding of INC-003 at /summary, but it is at /sharedWith; the findings are:\n"
                        + lines(ERROR_AND_WARNING));
        assertThatThrownBy(() -> assertThat(THREE).hasFinding("INC-002").at(""))
                .hasMessage("Expecting a finding of INC-002 at (root), but they are at /detectedAt, /occurredAt, /reportedAt;"
                        + " the findings are:\n" + lines(THREE));
    }

    @Test
    void withSeverityFailsNamingTheFinding() {
        assertThatThrownBy(() -> assertThat(ERROR_AND_WARNING).hasFinding("INC-002").at("/detectedAt").withSeverity(Severity.WARNING))
                .hasMessage("Expecting the finding of INC-002 at /detectedAt to be a WARNING, but it is an ERROR; the findings are:\n"
                        + lines(ERROR_AND_WARNING));
    }

    @Test
    void theDescriptionLeadsTheMessageAndFollowsIntoTheFinding() {
        assertThatThrownBy(() -> assertThat(WARNING_ONLY).as("seed %d", 42).hasNoFindings())
                .hasMessage("[seed 42] Expecting the report to have no findings, but it has 1 warning:\n" + lines(WARNING_ONLY));
        assertThatThrownBy(() -> assertThat(THREE).as("case %s", "future").hasFinding("INC-002").at("/reportedAt").isWarning())
                .hasMessageStartingWith("[case future] Expecting the finding of INC-002 at /reportedAt to be a WARNING");
    }

    @Test
    void aNullReportIsRefused() {
        assertThatThrownBy(() -> assertThat((ValidationReport) null).isValid())
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void noRuleIdIsAMistakeOfTheTest() {
        assertThatThrownBy(() -> assertThat(CLEAN).hasRules()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Name at least one rule id");
        assertThatThrownBy(() -> assertThat(CLEAN).doesNotHaveRule()).isInstanceOf(IllegalArgumentException.class);
    }
}
