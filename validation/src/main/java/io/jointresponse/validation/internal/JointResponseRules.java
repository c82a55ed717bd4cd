package io.jointresponse.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one constraint of the module: "this document keeps the rules of the notices that apply to its
 * type". It is never written on a model class (core carries no constraint annotation); the engine
 * maps it programmatically onto every document type, and its validator is registered there too,
 * hence {@code validatedBy = {}}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface JointResponseRules {

    /** @return the default message template, never used: every finding has its own */
    String message() default "{rule}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
