package io.jointresponse.validation.internal;

import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationOptions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;

/**
 * Runs the rules on Hibernate Validator.
 *
 * <p>One {@link HibernateValidatorFactory} serves the process. It is built on first use (bootstrap
 * costs a few hundred milliseconds, which programs that never validate should not pay) and is
 * thread-safe. Each call gets a light validator from {@code usingContext()} carrying that call's
 * context and options as the constraint validator payload, its clock as the clock provider, and its
 * locale in the message interpolator.
 */
public final class Engine {

    private Engine() {}

    private static final class Factory {
        static final HibernateValidatorFactory INSTANCE = build();
    }

    /**
     * Validates one document against the enabled rules of its type.
     *
     * @param document a document of a type {@link Rules#isDocument(Class)} accepts, not null
     * @param context the caller's context, not null
     * @param options the options, not null
     * @return the findings, in no particular order, with the rules' own severities
     */
    public static List<Finding> validate(Object document, ValidationContext context, ValidationOptions options) {
        return validate(document, validator(context, options));
    }

    /**
     * Makes a validator for a context and options. Building one costs more than validating a small
     * document, so a caller that validates many documents with the same context and options keeps
     * it; it is thread-safe.
     *
     * @param context the caller's context, not null
     * @param options the options, not null
     * @return the validator
     */
    public static Validator validator(ValidationContext context, ValidationOptions options) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(options, "options");
        return factory().usingContext()
                .constraintValidatorPayload(new RulePayload(context, options))
                .clockProvider(options::clock)
                .messageInterpolator(new CatalogueInterpolator(options.locale()))
                .getValidator();
    }

    /**
     * Validates one document with a validator from {@link #validator(ValidationContext, ValidationOptions)}.
     *
     * @param document a document of a type {@link Rules#isDocument(Class)} accepts, not null
     * @param validator the validator, not null
     * @return the findings, in no particular order, with the rules' own severities
     */
    public static List<Finding> validate(Object document, Validator validator) {
        Objects.requireNonNull(document, "document");
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(document)) {
            HibernateConstraintViolation<?> hibernateViolation = violation.unwrap(HibernateConstraintViolation.class);
            RuleHit hit = hibernateViolation.getDynamicPayload(RuleHit.class);
            if (hit == null) {
                throw new IllegalStateException("A constraint violation without a rule: " + violation.getMessageTemplate());
            }
            findings.add(Finding.of(hit.ruleId(), hit.severity(), Pointers.toPointer(violation.getPropertyPath()),
                    violation.getMessage(), Rules.byId(hit.ruleId()).orElseThrow().clause()));
        }
        return findings;
    }

    /**
     * Returns the process's validator factory, building it on first use.
     *
     * @return the factory
     */
    public static HibernateValidatorFactory factory() {
        return Factory.INSTANCE;
    }

    private static HibernateValidatorFactory build() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure();
        configuration.ignoreXmlConfiguration()
                .messageInterpolator(new CatalogueInterpolator(Locale.ENGLISH))
                .traversableResolver(new TraverseAll())
                .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                // Before createConstraintMapping(): a mapping resolves getters with the strategy
                // configured when it is created.
                .getterPropertySelectionStrategy(new FluentGetters());
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(JointResponseRules.class)
                .includeExistingValidators(false)
                .validatedBy(JointResponseRulesValidator.class);
        for (Class<?> type : Rules.documentTypes()) {
            TypeConstraintMappingContext<?> typeMapping = mapping.type(type)
                    .constraint(new GenericConstraintDef<>(JointResponseRules.class));
            if (type == NationalCompilation.class) {
                // Each report of a compilation is itself checked (ANR-001, ANR-003), at /reports/i.
                typeMapping.getter("reports").containerElementType().valid();
            }
        }
        configuration.addMapping(mapping);
        return configuration.buildValidatorFactory().unwrap(HibernateValidatorFactory.class);
    }
}
