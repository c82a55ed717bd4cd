package io.jointresponse.test;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.validation.ValidationReport;
import java.util.List;
import java.util.Optional;

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
        super(actual, ValidationReportAssert.class);
    }

    @Override
    protected List<Finding> findings() {
        return actual.findings();
    }

    @Override
    protected Optional<?> document() {
        return actual.document();
    }

    @Override
    protected boolean valid() {
        return actual.isValid();
    }

    @Override
    protected String noun() {
        return "the report";
    }

    @Override
    protected String validMeans() {
        return "no ERROR finding";
    }

    @Override
    protected String invalidMeans() {
        return "an ERROR finding";
    }
}
