package io.jointresponse.beanvalidation.internal;

import io.jointresponse.beanvalidation.RuleViolation;
import io.jointresponse.beanvalidation.ValidJointResponseDocument;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationReport;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link ValidJointResponseDocument}: runs the rules of the notices on the document and
 * turns each finding into a constraint violation.
 *
 * <p>A violation's template is the key of the rule's message in the {@code ContributorValidationMessages}
 * bundles ({@code {io.jointresponse.rule.AGR-003.unknown}}: the validation module's keys under
 * {@code io.jointresponse.}), never text from the document, so the interpolator finds the rule's
 * message in the locale it resolves and nothing the document holds can reach it. Its property
 * nodes follow the finding's pointer; its dynamic payload is a {@link RuleViolation}. Stateless
 * apart from the annotation's option, hence safe for Hibernate Validator to share across threads.
 */
public final class DocumentValidator implements ConstraintValidator<ValidJointResponseDocument, Object> {

    /** The rules, in English: a finding's text tells which of its rule's messages it carries. */
    private static final JointResponseValidator RULES = JointResponseValidator.builder().locale(Locale.ENGLISH).build();

    private static final String KEY_PREFIX = "io.jointresponse.rule.";

    private boolean includeWarnings;

    /** Creates the validator; Hibernate Validator calls this. */
    public DocumentValidator() {}

    @Override
    public void initialize(ValidJointResponseDocument annotation) {
        includeWarnings = annotation.includeWarnings();
    }

    @Override
    public boolean isValid(Object document, ConstraintValidatorContext context) {
        if (document == null) {
            return true;
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        ValidationContext records = Objects.requireNonNullElse(hv.getConstraintValidatorPayload(ValidationContext.class),
                ValidationContext.empty());
        // Not a document: IllegalArgumentException, which Hibernate Validator reports as a ValidationException.
        if (!(document instanceof Document)) {
            throw new IllegalArgumentException("@ValidJointResponseDocument is on a value of "
                    + document.getClass().getName() + ", which is not a joint-response document");
        }
        ValidationReport report = RULES.validate((Document) document, records);
        boolean valid = true;
        for (Finding f : report.findings()) {
            if (!f.isError() && !includeWarnings) {
                continue;
            }
            if (valid) {
                hv.disableDefaultConstraintViolation();
                valid = false;
            }
            // The dynamic payload and message parameters are captured when the violation is added, so
            // each keeps its own. The parameters are catalogue data (the names of NPA units, a
            // notice's numbers), which the template of either language places.
            hv.withDynamicPayload(new RuleViolation(f.ruleId(), f.severity(), f.pointer(), f.clause()));
            f.messageArguments().forEach(hv::addMessageParameter);
            PropertyPaths.addViolation(hv.buildConstraintViolationWithTemplate("{" + messageKey(f) + "}"), f.pointer());
        }
        return valid;
    }

    /** The bundle key of the message a finding carries: the rule's main one, or one of its variants. */
    private static String messageKey(Finding f) {
        return KEY_PREFIX + f.ruleId() + (f.variant().isEmpty() ? "" : "." + f.variant());
    }
}
