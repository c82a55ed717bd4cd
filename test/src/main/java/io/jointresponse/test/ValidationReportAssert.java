package io.jointresponse.test;

import io.jointresponse.validation.ValidationReport;

/**
 * Assertions on a {@link ValidationReport}; valid means no ERROR finding, as
 * {@link ValidationReport#isValid()} says.
 *
 * <pre>{@code
 * assertThat(validator.validate(agreement)).isValid().hasNoWarnings();
 * assertThat(validator.validatePayload(bytes)).isInvalid().hasOnlyRules("AGR-004")
 *         .hasFinding("AGR-004").at("/reportableCrimes").isError();
 * }</pre>
 */
public final class ValidationReportAssert extends AbstractFindingsAssert<ValidationReportAssert, ValidationReport> {

    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class, ValidationReport::findings, ValidationReport::document, ValidationReport::isValid,
                "the report", "no ERROR finding", "an ERROR finding");
    }
}
