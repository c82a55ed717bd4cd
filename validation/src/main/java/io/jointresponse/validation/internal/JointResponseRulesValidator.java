package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationOptions;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link JointResponseRules}: runs every enabled rule of the document's type and turns each
 * finding into a constraint violation.
 *
 * <p>The violation's template is the catalogue message, its placeholders filled with catalogue data
 * only ({@link MessageText}) and every character the interpolator would read escaped, never text
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
        Optional<LocalDate> day = GoverningDate.of(document).map(GoverningDate.Dated::day);
        Locale locale = payload.options().locale();
        int[] count = {0};
        for (Rule<?> rule : Rules.forDocument(document)) {
            if (!payload.options().isEnabled(rule.id()) || rule.isWholeDocumentOnly()) {
                // Whole-document rules run once per document, outside the cascade (WholeDocumentRules).
                continue;
            }
            rule.run(document, ruleContext, (variant, where, arguments) -> {
                report(hv, rule, variant, where, MessageText.render(Messages.get(rule.messageKey(variant), locale), arguments, day, locale));
                count[0]++;
            });
        }
        if (count[0] == 0) {
            return true;
        }
        hv.disableDefaultConstraintViolation();
        return false;
    }

    private static void report(HibernateConstraintValidatorContext hv, Rule<?> rule, String variant, JsonPointer where, String message) {
        Objects.requireNonNull(where, "where");
        Severity severity = rule.variants().get(Objects.requireNonNull(variant, "variant"));
        if (severity == null) {
            throw new IllegalArgumentException("Rule " + rule.id() + " has no message variant " + variant);
        }
        // The dynamic payload is captured when the violation is added, so each finding keeps its own.
        hv.withDynamicPayload(new RuleHit(rule.id(), severity));
        Pointers.addViolation(hv.buildConstraintViolationWithTemplate(escape(message)), where);
    }

    /** Escapes the characters Hibernate Validator would read as message parameters or expressions. */
    private static String escape(String message) {
        StringBuilder sb = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
