package io.jointresponse.beanvalidation;

import io.jointresponse.core.document.DocumentKind;
import jakarta.validation.Configuration;
import java.util.Objects;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

/**
 * Makes {@code jakarta.validation.Validator.validate(document)} check the rules of the notices on the
 * model's document types themselves, which carry no annotation: it maps
 * {@link ValidJointResponseDocument} onto each of them, at class level, through Hibernate
 * Validator's programmatic API.
 *
 * <p>Register it on the configuration before the factory is built:
 * <pre>{@code
 * ValidatorFactory factory = JointResponseConstraints.register(Validation.byDefaultProvider().configure())
 *         .buildValidatorFactory();
 * }</pre>
 * or, in Spring Boot, from a {@code ValidationConfigurationCustomizer} bean
 * ({@code configuration -> JointResponseConstraints.register(configuration)}), or, where only
 * properties can be set (such as {@code META-INF/validation.xml} in Jakarta EE), with the property
 * {@value #CONTRIBUTORS_PROPERTY} naming {@link JointResponseConstraintMappingContributor}.
 */
public final class JointResponseConstraints {

    /** Hibernate Validator's property that names constraint mapping contributors, by class name. */
    public static final String CONTRIBUTORS_PROPERTY = HibernateValidatorConfiguration.CONSTRAINT_MAPPING_CONTRIBUTORS;

    private JointResponseConstraints() {}

    /**
     * Constrains every document type, reporting errors only.
     *
     * @param configuration a Hibernate Validator configuration, not yet built, not null
     * @param <T> the type of the configuration
     * @return the configuration, for chaining
     * @throws IllegalArgumentException if the configuration is not Hibernate Validator's
     */
    public static <T extends Configuration<?>> T register(T configuration) {
        return register(configuration, false);
    }

    /**
     * Constrains every document type.
     *
     * @param configuration a Hibernate Validator configuration, not yet built, not null
     * @param includeWarnings true to report the rules' warnings as violations too
     * @param <T> the type of the configuration
     * @return the configuration, for chaining
     * @throws IllegalArgumentException if the configuration is not Hibernate Validator's
     */
    public static <T extends Configuration<?>> T register(T configuration, boolean includeWarnings) {
        Objects.requireNonNull(configuration, "configuration");
        if (!(configuration instanceof HibernateValidatorConfiguration)) {
            throw new IllegalArgumentException("The rules are mapped onto the document types with Hibernate Validator's "
                    + "programmatic API; this configuration is " + configuration.getClass().getName());
        }
        HibernateValidatorConfiguration hv = (HibernateValidatorConfiguration) configuration;
        hv.addMapping(map(hv.createConstraintMapping(), includeWarnings));
        return configuration;
    }

    /**
     * Adds the class-level constraint to every document type of a mapping. A class-level
     * constraint needs no property of the model, so Hibernate Validator's getter rules (which would
     * ignore fluent accessors such as {@code sector()}) play no part.
     */
    static ConstraintMapping map(ConstraintMapping mapping, boolean includeWarnings) {
        for (DocumentKind kind : DocumentKind.values()) {
            mapping.type(kind.type()).constraint(new GenericConstraintDef<>(ValidJointResponseDocument.class)
                    .param("includeWarnings", includeWarnings));
        }
        return mapping;
    }
}
