package io.jointresponse.validation.internal;

import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationOptions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;

/**
 * Runs the rules on Hibernate Validator.
 *
 * <p>Each document type has one {@link HibernateValidatorFactory}, built when a document of that
 * type is first validated (bootstrap costs tens of milliseconds, which programs that never validate,
 * or never validate that type, should not pay) and thread-safe. A validator from {@code usingContext()}
 * carries a context and options (its clock among them) as the constraint validator payload, and
 * their locale in the message interpolator; callers keep it for as long as those stay the same.
 *
 * <p>The factories are Hibernate Validator's predefined-scope ones: the rules use none of the
 * built-in constraints, so none of their validators is loaded, and a factory builds the metadata of
 * its document type (and of the types it cascades to) at bootstrap, and of nothing else. A document's
 * class, an {@code Immutable…} implementation or any other subclass, is normalised to the document
 * type it extends, whose metadata serves it: a class outside a predefined scope would silently have
 * no constraint, so every class a factory meets is mapped into its scope.
 */
public final class Engine {

    private Engine() {}

    /**
     * The document types whose documents are validated in the course of validating another, by the
     * type that cascades to them: each report of a compilation is itself checked (ANR-001, ANR-003),
     * at /reports/i.
     */
    private static final Map<Class<?>, List<Class<?>>> CASCADES = Map.of(NationalCompilation.class, List.of(AnnualReport.class));

    /** The factories, at the index of their type in {@link Rules#documentTypes()}; null until built. */
    private static final AtomicReferenceArray<HibernateValidatorFactory> FACTORIES =
            new AtomicReferenceArray<>(Rules.documentTypes().size());

    /**
     * Makes a validator for documents of one class, a context and options. Making one costs more
     * than validating a small document, so a caller that validates many documents with the same
     * context and options keeps it (per {@link #documentTypeIndex(Class)}); it is thread-safe.
     *
     * @param documentClass the class of the documents, accepted by {@link Rules#isDocument(Class)}, not null
     * @param context the caller's context, not null
     * @param options the options, not null
     * @return the validator
     */
    public static Validator validator(Class<?> documentClass, ValidationContext context, ValidationOptions options) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(options, "options");
        return factory(DocumentTypeNormalizer.documentType(documentClass)).usingContext()
                .constraintValidatorPayload(new RulePayload(context, options))
                .messageInterpolator(new CatalogueInterpolator(options.locale()))
                .getValidator();
    }

    /**
     * Validates one document with a validator from {@link #validator(Class, ValidationContext, ValidationOptions)}
     * made for its class.
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
            Rule<?> rule = Rules.byId(hit.ruleId()).orElseThrow();
            findings.add(Finding.of(hit.ruleId(), hit.severity(), Pointers.toPointer(violation.getPropertyPath()),
                    violation.getMessage(), rule.clause(), rule.basis()));
        }
        return findings;
    }

    /**
     * Returns the index of a document's type in {@link Rules#documentTypes()}, for callers that keep
     * one validator per type.
     *
     * @param documentClass the class of a document, not null
     * @return the index, or -1 when the class is not a document
     */
    public static int documentTypeIndex(Class<?> documentClass) {
        return Rules.documentTypes().indexOf(DocumentTypeNormalizer.documentType(documentClass));
    }

    /**
     * Returns the process's validator factory for one document type, building it on first use.
     *
     * @param documentType one of {@link Rules#documentTypes()}, not null
     * @return the factory
     * @throws IllegalArgumentException if the class is not a document type
     */
    public static HibernateValidatorFactory factory(Class<?> documentType) {
        int index = Rules.documentTypes().indexOf(Objects.requireNonNull(documentType, "documentType"));
        if (index < 0) {
            throw new IllegalArgumentException("Not a document type: " + documentType.getName());
        }
        HibernateValidatorFactory factory = FACTORIES.get(index);
        if (factory == null) {
            synchronized (FACTORIES) {
                factory = FACTORIES.get(index);
                if (factory == null) {
                    factory = build(documentType);
                    FACTORIES.set(index, factory);
                }
            }
        }
        return factory;
    }

    private static HibernateValidatorFactory build(Class<?> documentType) {
        Set<Class<?>> scope = new LinkedHashSet<>();
        scope.add(documentType);
        scope.addAll(CASCADES.getOrDefault(documentType, List.of()));
        PredefinedScopeHibernateValidatorConfiguration configuration =
                Validation.byProvider(PredefinedScopeHibernateValidator.class)
                        .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
                        .configure();
        configuration.ignoreXmlConfiguration()
                .builtinConstraints(Set.of())
                .initializeBeanMetaData(scope)
                .beanMetaDataClassNormalizer(new DocumentTypeNormalizer())
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
        for (Class<?> type : scope) {
            TypeConstraintMappingContext<?> typeMapping = mapping.type(type)
                    .constraint(new GenericConstraintDef<>(JointResponseRules.class));
            if (CASCADES.containsKey(type)) {
                typeMapping.getter("reports").containerElementType().valid();
            }
        }
        configuration.addMapping(mapping);
        return configuration.buildValidatorFactory().unwrap(HibernateValidatorFactory.class);
    }

    /**
     * Keys the metadata of every document by its document type, so that the implementations of a type
     * share the metadata built at bootstrap; other classes are left as they are.
     */
    private static final class DocumentTypeNormalizer implements BeanMetaDataClassNormalizer {

        private static final ClassValue<Class<?>> DOCUMENT_TYPE = new ClassValue<>() {
            @Override
            protected Class<?> computeValue(Class<?> type) {
                return Rules.documentType(type).orElse(type);
            }
        };

        /** @return the document type a class is or extends, or the class itself when it is none */
        static Class<?> documentType(Class<?> type) {
            return DOCUMENT_TYPE.get(type);
        }

        @Override
        @SuppressWarnings("unchecked") // a document type is a supertype of the class, or the class itself
        public <T> Class<? super T> normalize(Class<T> beanClass) {
            return (Class<? super T>) DOCUMENT_TYPE.get(beanClass);
        }
    }
}
