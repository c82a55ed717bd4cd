package io.jointresponse.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to every model package in its
 * {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are public (so the serialization module can name their
 * builders) but never appear in a public signature: every value type exposes {@code builder()} and
 * a nested {@code Builder}, and {@code build()} returns the abstract type. Missing mandatory
 * attributes fail {@code build()} with an {@link IllegalStateException} that names them; domain
 * rules never fail construction.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        redactedMask = "[redacted]",
        defaults = @Value.Immutable(copy = true))
public @interface ImmutablesStyle {}
