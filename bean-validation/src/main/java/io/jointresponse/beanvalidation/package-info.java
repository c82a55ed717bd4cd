/**
 * The rules of the notices as Jakarta Bean Validation constraints.
 *
 * <p>{@link io.jointresponse.beanvalidation.ValidJointResponseDocument} is the constraint: put it on
 * a field, parameter or return value holding a joint-response document, or register it on the
 * model's document types with {@link io.jointresponse.beanvalidation.JointResponseConstraints}, so
 * that {@code jakarta.validation.Validator.validate(document)} checks the rules. Each finding of a
 * rule becomes one constraint violation, whose property path follows the finding's JSON Pointer and
 * whose message is the rule's message in the locale the message interpolator resolves;
 * {@link io.jointresponse.beanvalidation.RuleViolation#of(jakarta.validation.ConstraintViolation)}
 * reads the rule id and severity back.
 */
package io.jointresponse.beanvalidation;
