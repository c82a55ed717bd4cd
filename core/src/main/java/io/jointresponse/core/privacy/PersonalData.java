package io.jointresponse.core.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model accessor whose value is personal information (個人情報): names, contact details
 * or anything else that identifies a natural person.
 *
 * <p>Such a value is redacted in {@code toString}, never echoed in a finding message, and removed
 * by the sharing sanitiser before information leaves the police (notice 217, §7). The
 * classification is read at run time through {@link DataClassification}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {}
