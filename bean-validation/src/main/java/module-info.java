/**
 * The rules of the notices as a Jakarta Bean Validation constraint, for users' frameworks: a
 * constraint to put on one's own types and fields, and a registration that constrains the model's
 * document types themselves, on Hibernate Validator 8.0 or 9.x.
 *
 * <p>The constraint's validator lives in an internal package that is exported to Hibernate
 * Validator alone, which instantiates it.
 */
module io.jointresponse.beanvalidation {
    requires transitive io.jointresponse.validation;
    requires transitive jakarta.validation;
    requires transitive org.hibernate.validator;

    exports io.jointresponse.beanvalidation;

    exports io.jointresponse.beanvalidation.internal to org.hibernate.validator;
}
