/**
 * The rule catalogue of the notices and its validation reports.
 *
 * <p>Rules run on Hibernate Validator, configured programmatically: the model in core carries no
 * constraint annotation. The internal package holds the rules, the one constraint that runs them
 * and its validator; Hibernate Validator instantiates that validator and reads the constraint
 * reflectively, so the package is exported to it alone (public members only: nothing is opened).
 */
module io.jointresponse.validation {
    requires transitive io.jointresponse.serialization;
    requires jakarta.validation;
    requires org.hibernate.validator;

    exports io.jointresponse.validation;

    exports io.jointresponse.validation.internal to org.hibernate.validator;
}
