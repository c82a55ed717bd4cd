package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * Marks a mix-in of a model builder: its methods are named after the attributes
 * ({@code withPrefix = ""}), and nothing is detected implicitly, so only the builder methods that
 * the mix-in annotates with {@code @JsonProperty} become properties. {@code from(...)},
 * {@code mergeInternal}, the varargs and {@code addAll…}/{@code putAll…} helpers never do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonPOJOBuilder(withPrefix = "")
@JsonAutoDetect(
        fieldVisibility = Visibility.NONE,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE,
        setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.NONE,
        scalarConstructorVisibility = Visibility.NONE)
@interface WireBuilder {}
