package io.jointresponse.beanvalidation;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * What a constraint violation of {@link ValidJointResponseDocument} reports, as Hibernate
 * Validator's dynamic payload: the rule id, the severity, the JSON Pointer relative to the document
 * and the clause of the notices. Read it with {@link #of(ConstraintViolation)}.
 *
 * @param ruleId the stable rule id, such as {@code AGR-001}, not null
 * @param severity error, or warning when the constraint includes warnings, not null
 * @param pointer where in the document, as in the library's findings, not null
 * @param clause the clause of the notices, such as {@code A §1}, not null
 */
public record RuleViolation(String ruleId, Severity severity, JsonPointer pointer, String clause) {

    /**
     * Checks that nothing is null.
     *
     * @param ruleId the stable rule id, not null
     * @param severity the severity, not null
     * @param pointer where in the document, not null
     * @param clause the clause of the notices, not null
     */
    public RuleViolation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(clause, "clause");
    }

    /**
     * Reads the rule of a constraint violation.
     *
     * @param violation any violation, not null
     * @return the rule, or empty for a violation of another constraint, or of another provider than
     *     Hibernate Validator
     */
    public static Optional<RuleViolation> of(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            return Optional.ofNullable(hibernate.getDynamicPayload(RuleViolation.class));
        } catch (ValidationException notHibernate) {
            return Optional.empty();
        }
    }
}
