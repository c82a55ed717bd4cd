package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import java.util.List;

/** Assertions on reports that say what was found when they fail. */
final class Expect {

    private Expect() {}

    /** Validates with the fixed clock and no context; every finding's pointer must point. */
    static ValidationReport check(Document document) {
        return check(document, ValidationContext.empty());
    }

    /** Validates with the fixed clock and a context; every finding's pointer must point. */
    static ValidationReport check(Document document, ValidationContext context) {
        ValidationReport report = Baseline.VALIDATOR.validate(document, context);
        PointerResolution.assertPointsIntoWrittenJson(report, document);
        return report;
    }

    /** Asserts the report has no finding at all. */
    static void clean(ValidationReport report) {
        assertThat(report.findings()).as(Baseline.describe(report)).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    /**
     * Asserts the report has exactly the given findings, as {@code "RULE-ID /pointer"}, in report order.
     */
    static void exactly(ValidationReport report, String... idAndPointer) {
        List<String> found = report.findings().stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
        assertThat(found).as(Baseline.describe(report)).containsExactly(idAndPointer);
    }

    /** Asserts the report has exactly one finding, an error of the rule at the pointer. */
    static Finding onlyError(ValidationReport report, String ruleId, String pointer) {
        exactly(report, ruleId + " " + pointer);
        Finding f = report.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(report.isValid()).isFalse();
        return f;
    }

    /**
     * Asserts the document has exactly one finding, a warning of the rule at the pointer, that the
     * report stays valid, and that with warnings as errors it becomes invalid.
     */
    static Finding onlyWarning(Document document, ValidationContext context, String ruleId, String pointer) {
        ValidationReport report = check(document, context);
        exactly(report, ruleId + " " + pointer);
        Finding f = report.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(report.isValid()).as("a warning keeps the report valid").isTrue();
        assertThat(report.warnings()).hasSize(1);
        assertThat(report.errors()).isEmpty();

        ValidationReport strict = Baseline.STRICT.validate(document, context);
        exactly(strict, ruleId + " " + pointer);
        assertThat(strict.isValid()).as("warnings as errors").isFalse();
        assertThat(strict.errors()).hasSize(1);
        assertThat(strict.warnings()).isEmpty();
        return f;
    }

    static Finding onlyWarning(Document document, String ruleId, String pointer) {
        return onlyWarning(document, ValidationContext.empty(), ruleId, pointer);
    }
}
