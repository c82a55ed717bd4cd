package io.jointresponse.beanvalidation;

import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;

/**
 * Constrains every document type, errors only, as {@link JointResponseConstraints#register} does,
 * for configurations that name contributors by class name: the property
 * {@value JointResponseConstraints#CONTRIBUTORS_PROPERTY}, in {@code META-INF/validation.xml} or
 * {@code Configuration.addProperty}.
 */
public final class JointResponseConstraintMappingContributor implements ConstraintMappingContributor {

    /** Creates the contributor; Hibernate Validator calls this. */
    public JointResponseConstraintMappingContributor() {}

    @Override
    public void createConstraintMappings(ConstraintMappingBuilder builder) {
        JointResponseConstraints.map(builder.addConstraintMapping(), false);
    }
}
