package io.jointresponse.serialization.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The mix-ins that map the model onto the wire, and the model value types they cover. Adding a
 * document kind means adding its mix-ins to one of the {@code *MixIns} classes (or a new one) and
 * listing it in {@link #standard()}.
 */
public final class MixInRegistry {

    private final Map<Class<?>, Class<?>> mixIns = new LinkedHashMap<>();
    private final Set<Class<?>> valueTypes = new LinkedHashSet<>();
    private final Map<Class<?>, Class<?>> valueTypeByBuilder = new LinkedHashMap<>();
    private final Map<Class<?>, Class<?>> builderByValueType = new LinkedHashMap<>();
    private final Set<Class<?>> textTypes = new LinkedHashSet<>();

    private MixInRegistry() {}

    /**
     * Returns the registry of the whole model.
     *
     * @return a new registry
     */
    public static MixInRegistry standard() {
        MixInRegistry r = new MixInRegistry();
        AgreementMixIns.register(r);
        RecordMixIns.register(r);
        IncidentMixIns.register(r);
        DisclosureMixIns.register(r);
        SharingMixIns.register(r);
        AnnualMixIns.register(r);
        NoticeMixIns.register(r);
        return r;
    }

    /**
     * Registers a model value type built by a builder.
     *
     * @param valueType the abstract value type, such as {@code Agreement}
     * @param valueMixIn the mix-in naming its wire properties
     * @param builderType its public nested builder, such as {@code Agreement.Builder}
     * @param builderMixIn the mix-in whitelisting the builder methods
     */
    void add(Class<?> valueType, Class<?> valueMixIn, Class<?> builderType, Class<?> builderMixIn) {
        put(valueType, valueMixIn);
        put(builderType, builderMixIn);
        valueTypes.add(valueType);
        builderByValueType.put(valueType, builderType);
        valueTypeByBuilder.put(builderType, valueType);
        // The builder methods are declared by the generated superclass of the public builder.
        valueTypeByBuilder.put(builderType.getSuperclass(), valueType);
    }

    /**
     * Registers a small value written as text: its mix-in marks the method that writes the text
     * ({@code @JsonValue}) and the static factory that reads it ({@code @JsonCreator}).
     *
     * What the text must be is said, for finding messages, by the {@link WireMessages} key
     * {@code expect.text.<simple name of the type>}.
     *
     * @param type the value type, such as {@code NoticeNumber}
     * @param mixIn its mix-in
     */
    void addText(Class<?> type, Class<?> mixIn) {
        put(type, mixIn);
        textTypes.add(type);
    }

    /**
     * Registers a mix-in for a type that is not built from the wire by itself, such as a sealed base.
     *
     * @param target the type
     * @param mixIn its mix-in
     */
    void addBase(Class<?> target, Class<?> mixIn) {
        put(target, mixIn);
    }

    private void put(Class<?> target, Class<?> mixIn) {
        if (mixIns.putIfAbsent(target, mixIn) != null) {
            throw new IllegalStateException("Two mix-ins for " + target.getName());
        }
    }

    /** @return target type to mix-in, in registration order */
    public Map<Class<?>, Class<?>> mixIns() {
        return Collections.unmodifiableMap(mixIns);
    }

    /** @return the model value types read through builders, in registration order */
    public Set<Class<?>> valueTypes() {
        return Collections.unmodifiableSet(valueTypes);
    }

    /** @return the values written as text, in registration order */
    public Set<Class<?>> textTypes() {
        return Collections.unmodifiableSet(textTypes);
    }

    /**
     * Returns the builder that reads a model value type from the wire.
     *
     * @param valueType a class
     * @return its public nested builder, or null when the class is not a registered value type
     */
    Class<?> builderOf(Class<?> valueType) {
        return builderByValueType.get(valueType);
    }

    /**
     * Returns the model value type a builder class (public or generated) builds.
     *
     * @param builderClass a builder class
     * @return the value type, or null when the class is not a registered builder
     */
    Class<?> valueTypeOfBuilder(Class<?> builderClass) {
        return valueTypeByBuilder.get(builderClass);
    }

    /**
     * Returns the type under which a class travels on the wire: the model type of
     * {@link #modelTypeOf(Class)}, or the class itself for a value written as text.
     *
     * @param type a class, not null
     * @return the model type, or null when the wire format does not map the class
     */
    public Class<?> wireTypeOf(Class<?> type) {
        return textTypes.contains(type) ? type : modelTypeOf(type);
    }

    /**
     * Returns the model type that declares the attributes of a class seen during introspection: the
     * class itself for a value type or sealed base, its superclass for a generated implementation.
     *
     * @param type a class
     * @return the model type, or null when the class is not part of the model on the wire
     */
    Class<?> modelTypeOf(Class<?> type) {
        if (valueTypes.contains(type) || (type.isInterface() && mixIns.containsKey(type))) {
            return type;
        }
        Class<?> superclass = type.getSuperclass();
        if (superclass != null && valueTypes.contains(superclass)) {
            return superclass;
        }
        return null;
    }
}
