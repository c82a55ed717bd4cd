package io.jointresponse.test;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.validation.ValidationReport;
import java.util.List;

/**
 * The entry point of the AssertJ assertions for the joint-response library: import
 * {@code assertThat} statically beside AssertJ's own (the overloads do not clash).
 *
 * <pre>{@code
 * import static io.jointresponse.test.JointResponseAssertions.assertThat;
 *
 * assertThat(report).isInvalid().hasOnlyRules("AGR-004");
 * assertThat(report).hasFinding("AGR-003").at("/partner/outsourcing").withSeverity(Severity.WARNING);
 * assertThat(json.read(bytes, Agreement.class)).hasDocument().hasNoFindings();
 * }</pre>
 *
 * <p>Failure messages list every finding (severity, rule id, pointer, message, clause), one per
 * line, and nothing of the payload beyond what the findings say; findings never quote payload
 * values.
 */
public final class JointResponseAssertions {

    private JointResponseAssertions() {}

    /**
     * Starts assertions on a validation report.
     *
     * @param actual the report; may be null, which every assertion refuses
     * @return the assertion
     */
    public static ValidationReportAssert assertThat(ValidationReport actual) {
        return new ValidationReportAssert(actual);
    }

    /**
     * Starts assertions on the result of reading a payload.
     *
     * @param actual the read result; may be null, which every assertion refuses
     * @return the assertion
     */
    public static ReadResultAssert assertThat(ReadResult<?> actual) {
        return new ReadResultAssert(actual);
    }

    /**
     * Starts assertions on one finding.
     *
     * @param actual the finding; may be null, which every assertion refuses
     * @return the assertion
     */
    public static FindingAssert assertThat(Finding actual) {
        List<Finding> alone = actual == null ? List.of() : List.of(actual);
        return new FindingAssert(actual, alone, alone);
    }
}
