package io.jointresponse.core.privacy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the classification of model attributes from their accessors.
 *
 * <p>This is the single source that {@code toString} redaction, finding messages and the sharing
 * sanitiser all rely on, so that a newly classified field is protected everywhere at once.
 */
public final class DataClassification {

    private DataClassification() {}

    /**
     * Returns the classification of one accessor.
     *
     * <p>The annotations sit on the abstract accessors and the generated implementation does not copy
     * them, so the methods it overrides are searched too: an accessor taken from
     * {@code object.getClass()} is classified like the abstract one.
     *
     * @param accessor an accessor of a model type or of its generated implementation, not null
     * @return the classification, or empty when the attribute is not sensitive
     */
    public static Optional<Classification> of(Method accessor) {
        Objects.requireNonNull(accessor, "accessor");
        return inHierarchy(accessor.getDeclaringClass(), accessor.getName(), accessor.getParameterTypes());
    }

    private static Optional<Classification> inHierarchy(Class<?> type, String name, Class<?>[] parameters) {
        if (type == null || type == Object.class) {
            return Optional.empty();
        }
        try {
            Optional<Classification> declared = declared(type.getDeclaredMethod(name, parameters));
            if (declared.isPresent()) {
                return declared;
            }
        } catch (NoSuchMethodException e) {
            // Not declared here; look further up.
        }
        Optional<Classification> inherited = inHierarchy(type.getSuperclass(), name, parameters);
        for (Class<?> i : type.getInterfaces()) {
            if (inherited.isPresent()) {
                break;
            }
            inherited = inHierarchy(i, name, parameters);
        }
        return inherited;
    }

    private static Optional<Classification> declared(Method method) {
        if (method.isAnnotationPresent(PersonalData.class)) {
            return Optional.of(Classification.PERSONAL);
        }
        if (method.isAnnotationPresent(BusinessIdentifying.class)) {
            return Optional.of(Classification.BUSINESS_IDENTIFYING);
        }
        return Optional.empty();
    }

    /**
     * Lists the classified attributes of a model type, by attribute name in name order.
     *
     * <p>The annotations sit on the abstract accessors; the generated implementation does not copy
     * them, so the whole type hierarchy is searched and the result is the same whether the abstract
     * type or its generated implementation is given.
     *
     * @param modelType a model type such as {@code Partner.class}, not null
     * @return attribute name to classification; empty when nothing is sensitive
     */
    public static Map<String, Classification> classifiedAttributes(Class<?> modelType) {
        Objects.requireNonNull(modelType, "modelType");
        Map<String, Classification> result = new TreeMap<>();
        collect(modelType, result);
        return Collections.unmodifiableMap(new LinkedHashMap<>(result));
    }

    private static void collect(Class<?> type, Map<String, Classification> into) {
        if (type == null || type == Object.class) {
            return;
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                declared(m).ifPresent(c -> into.putIfAbsent(m.getName(), c));
            }
        }
        collect(type.getSuperclass(), into);
        for (Class<?> i : type.getInterfaces()) {
            collect(i, into);
        }
    }
}
