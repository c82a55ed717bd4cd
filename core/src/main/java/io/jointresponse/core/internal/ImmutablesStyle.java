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
 * <p>The generated {@code Immutable*} classes are package-private: they are no API, and nothing
 * outside core can name them. Each value type is used through its own API instead: {@code builder()}
 * and a public nested {@code Builder} that extends the generated one, whose methods return that
 * {@code Builder} ({@code overshadowImplementation}), and {@code build()}, which returns the
 * abstract type. To change a value, copy it into a builder: {@code X.builder().from(x).y(…).build()}.
 * No {@code with*} copy methods are generated, since no one outside the package could call them.
 *
 * <p>The generated builder stays a {@code public} class nested in its package-private
 * implementation ({@code builderVisibility}). The compiler lets no one outside the package name it,
 * but to reflection its methods, which {@code X.Builder} inherits and does not re-declare, are
 * public members of a public class in an exported package: the serialization module binds payloads
 * through {@code X.Builder} without core opening a package to Jackson. Values are written through
 * the public abstract accessors, which Jackson prefers to the same methods of a non-public class.
 *
 * <p>Missing mandatory attributes fail {@code build()} with an {@link IllegalStateException} that
 * names them; domain rules never fail construction.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        redactedMask = "[redacted]",
        defaults = @Value.Immutable(copy = false))
public @interface ImmutablesStyle {}
