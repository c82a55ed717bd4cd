package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.introspect.VisibilityChecker;

/**
 * Tells Jackson which wire properties are required, from the model itself, so that the mix-ins
 * need not repeat it and every reader of the mapper's introspection (the structural walker, the
 * schema generator) sees the same answer.
 *
 * <p>A property is required when the model declares its accessor abstract and its type is neither
 * {@link Optional} nor a collection or map: {@code @Value.Default} accessors have a body, so they
 * may be omitted on the wire and take their default; optional values and collections may be
 * omitted and are then empty.
 *
 * <p>It also puts {@link DistinctElements} on the builder method of every set-valued attribute, so
 * that a repeated element is refused rather than silently merged.
 *
 * <p>And it names, from the registry, the builder of each model value type and how that builder is
 * read: its methods are named after the attributes ({@code withPrefix = ""}), and nothing of it is
 * detected implicitly, so only the builder methods that its mix-in annotates with
 * {@code @JsonProperty} become properties; {@code from(...)}, {@code mergeInternal}, the varargs
 * and {@code addAll…}/{@code putAll…} helpers never do. Saying so in code rather than with
 * annotations on every mix-in spares a fresh JVM the reflective proxy classes that reading each
 * annotation type costs, a noticeable share of the command's start-up.
 */
final class ModelAnnotationIntrospector extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private final transient MixInRegistry registry;

    ModelAnnotationIntrospector(MixInRegistry registry) {
        this.registry = registry;
    }

    /** How every model builder is read: methods named after the attributes, then {@code build()}. */
    private static final JsonPOJOBuilder.Value BUILDER_CONFIG = new JsonPOJOBuilder.Value("build", "");

    @Override
    public Class<?> findPOJOBuilder(MapperConfig<?> config, AnnotatedClass ac) {
        return registry.builderOf(ac.getRawType());
    }

    @Override
    public JsonPOJOBuilder.Value findPOJOBuilderConfig(MapperConfig<?> config, AnnotatedClass ac) {
        return registry.valueTypeOfBuilder(ac.getRawType()) != null ? BUILDER_CONFIG : null;
    }

    @Override
    public VisibilityChecker findAutoDetectVisibility(MapperConfig<?> config, AnnotatedClass ac, VisibilityChecker checker) {
        return registry.valueTypeOfBuilder(ac.getRawType()) != null ? checker.with(Visibility.NONE) : checker;
    }

    @Override
    public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
        if (!(member instanceof AnnotatedMethod)) {
            return null;
        }
        AnnotatedMethod method = (AnnotatedMethod) member;
        Class<?> declaring = method.getDeclaringClass();
        Class<?> modelType;
        if (method.getParameterCount() == 1) {
            modelType = registry.valueTypeOfBuilder(declaring);
        } else if (method.getParameterCount() == 0) {
            modelType = registry.modelTypeOf(declaring);
        } else {
            return null;
        }
        if (modelType == null) {
            return null;
        }
        return isRequired(modelType, method.getName());
    }

    @Override
    public Object findDeserializer(MapperConfig<?> config, Annotated annotated) {
        if (!(annotated instanceof AnnotatedMethod) || ((AnnotatedMethod) annotated).getParameterCount() != 1) {
            return null;
        }
        AnnotatedMethod method = (AnnotatedMethod) annotated;
        Class<?> modelType = registry.valueTypeOfBuilder(method.getDeclaringClass());
        if (modelType == null) {
            return null;
        }
        try {
            Method accessor = modelType.getMethod(method.getName());
            return Set.class.isAssignableFrom(accessor.getReturnType()) ? new DistinctElements() : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * Tells whether an attribute of a model type must be present on the wire.
     *
     * @param modelType the abstract model type
     * @param attribute the accessor's name
     * @return whether it is required, or null when the type has no such accessor
     */
    static Boolean isRequired(Class<?> modelType, String attribute) {
        Method accessor;
        try {
            accessor = modelType.getMethod(attribute);
        } catch (NoSuchMethodException e) {
            return null;
        }
        Class<?> type = accessor.getReturnType();
        boolean container = Optional.class.isAssignableFrom(type)
                || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type);
        return Modifier.isAbstract(accessor.getModifiers()) && !container;
    }
}
