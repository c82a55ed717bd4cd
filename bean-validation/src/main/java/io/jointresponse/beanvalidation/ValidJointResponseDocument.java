package io.jointresponse.beanvalidation;

import io.jointresponse.beanvalidation.internal.DocumentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated value is a joint-response document (an agreement, incident report, … notice) that
 * keeps the rules of the notices; {@code null} is valid (add {@code @NotNull} to forbid it).
 *
 * <p>Each finding of a rule is one constraint violation: its property path follows the finding's
 * JSON Pointer, below the annotated element ({@code agreement.reportableCrimes[0].description});
 * its message is the rule's message, resolved by the validator's message interpolator in the
 * locale it resolves (the messages come in English and Japanese, from the
 * {@code ContributorValidationMessages} bundles of this jar); and its dynamic payload is a
 * {@link RuleViolation} with the rule id and severity. Only errors are violations unless
 * {@link #includeWarnings()} says otherwise. Rules that need other records (INC-001, INC-004,
 * ANR-003) run when the validator carries a {@code ValidationContext} as Hibernate Validator's
 * constraint validator payload, and are not checked otherwise.
 *
 * <p>A value that is not a document is a programming error: validation fails with a
 * {@code jakarta.validation.ValidationException}.
 */
// The validator is internal: Hibernate Validator, to which its package is exported, instantiates it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = DocumentValidator.class)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
    ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidJointResponseDocument {

    /**
     * Returns the message of a violation that names no rule, which this constraint never reports:
     * every violation carries its own rule's message.
     *
     * @return the message template
     */
    String message() default "{io.jointresponse.beanvalidation.ValidJointResponseDocument.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Tells whether warnings of the rules are violations too. By default only errors are: a
     * document with warnings alone is valid, as in the library's own reports.
     *
     * @return true to report warnings as violations
     */
    boolean includeWarnings() default false;
}
