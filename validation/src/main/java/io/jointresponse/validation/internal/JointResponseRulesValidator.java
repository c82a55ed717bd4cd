package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationOptions;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Objects;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link JointResponseRules}: runs every enabled rule of the document's type and turns each
 * finding into a constraint violation.
 *
 * <p>The violation's template is the catalogue key in braces ({@code {rule.AGR-001}}), never text
 * built from the payload, so nothing the payload contains can reach the message interpolator. Its
 * property nodes are the rule's pointer, and its dynamic payload is a {@link RuleHit} naming the
 * rule and severity. Stateless, hence shared by Hibernate Validator across threads.
 */
public final class JointResponseRulesValidator implements ConstraintValidator<JointResponseRules, Object> {

    private static final RulePayload DEFAULT_PAYLOAD =
            new RulePayload(ValidationContext.empty(), ValidationOptions.defaults());

    /** Creates the validator; Hibernate Validator calls this. */
    public JointResponseRulesValidator() {}

    @Override
    public boolean isValid(Object document, ConstraintValidatorContext context) {
        if (document == null) {
            return true;
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        RulePayload payload = Objects.requireNonNullElse(hv.getConstraintValidatorPayload(RulePayload.class), DEFAULT_PAYLOAD);
        RuleContext ruleContext = new RuleContext(payload.context(), payload.options());
        int[] count = {0};
        for (Rule<?> rule : Rules.forDocument(document)) {
            if (!payload.options().isEnabled(rule.id())) {
                continue;
            }
            rule.run(document, ruleContext, (variant, where) -> {
                report(hv, rule, variant, where);
                count[0]++;
            });
        }
        if (count[0] == 0) {
            return true;
        }
        hv.disableDefaultConstraintViolation();
        return false;
    }

    private static void report(HibernateConstraintValidatorContext hv, Rule<?> rule, String variant, JsonPointer where) {
        Objects.requireNonNull(where, "where");
        Severity severity = rule.variants().get(Objects.requireNonNull(variant, "variant"));
        if (severity == null) {
            throw new IllegalArgumentException("Rule " + rule.id() + " has no message variant " + variant);
        }
        // The dynamic payload is captured when the violation is added, so each finding keeps its own.
        hv.withDynamicPayload(new RuleHit(rule.id(), severity));
        Pointers.addViolation(hv.buildConstraintViolationWithTemplate("{" + rule.messageKey(variant) + "}"), where);
    }
}
