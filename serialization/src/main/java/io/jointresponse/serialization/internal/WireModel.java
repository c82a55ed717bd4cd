package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jointresponse.serialization.internal.Shape.ArrayShape;
import io.jointresponse.serialization.internal.Shape.EnumShape;
import io.jointresponse.serialization.internal.Shape.MapShape;
import io.jointresponse.serialization.internal.Shape.ObjectShape;
import io.jointresponse.serialization.internal.Shape.OptionalShape;
import io.jointresponse.serialization.internal.Shape.PolymorphicShape;
import io.jointresponse.serialization.internal.Shape.Property;
import io.jointresponse.serialization.internal.Shape.Scalar;
import io.jointresponse.serialization.internal.Shape.ScalarShape;
import io.jointresponse.serialization.internal.Shape.TextShape;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;

/**
 * The shapes of the model on the wire, read from the mapper's own introspection: the properties a
 * builder accepts (what the reader binds) and those a value exposes (what the writer writes),
 * which must agree, with their types and required-ness. Nothing here lists a property by hand, so
 * the walker, the schema and Jackson cannot disagree.
 *
 * <p>Built once per mapper; immutable afterwards and safe to share between threads.
 */
public final class WireModel {

    private final JsonMapper mapper;
    private final MixInRegistry registry;
    private final Map<Class<?>, Shape> shapes = new HashMap<>();
    private final Map<Class<?>, EnumShape> enums = new HashMap<>();

    private WireModel(JsonMapper mapper, MixInRegistry registry) {
        this.mapper = mapper;
        this.registry = registry;
    }

    /**
     * Introspects every model type of a registry.
     *
     * @param mapper the mapper whose introspection defines the wire, not null
     * @param registry the mix-ins the mapper was built with, not null
     * @return the model
     * @throws IllegalStateException if a model type cannot be put on the wire, or its builder and
     *     its accessors disagree on the properties
     */
    public static WireModel introspect(JsonMapper mapper, MixInRegistry registry) {
        WireModel model = new WireModel(mapper, registry);
        for (Class<?> type : registry.valueTypes()) {
            model.shapeOf(mapper.constructType(type));
        }
        for (Class<?> type : registry.mixIns().keySet()) {
            if (type.isInterface()) {
                model.shapeOf(mapper.constructType(type));
            }
        }
        return model;
    }

    /**
     * Returns the shape of a model type: an {@link ObjectShape} for a value type, a
     * {@link PolymorphicShape} for a sealed base.
     *
     * @param type a model type, not null
     * @return the shape
     * @throws IllegalArgumentException if the type is not part of the model on the wire
     */
    public Shape shapeOf(Class<?> type) {
        Shape shape = shapes.get(type);
        if (shape == null) {
            throw new IllegalArgumentException("Not a model type on the wire: " + type.getName());
        }
        return shape;
    }

    /**
     * Returns the shape of an enum used somewhere in the model.
     *
     * @param type the enum type, not null
     * @return the shape, or empty when the model does not use the enum
     */
    public Optional<EnumShape> enumShapeOf(Class<?> type) {
        return Optional.ofNullable(enums.get(type));
    }

    /**
     * Returns the shape of a value written as text.
     *
     * @param type the value type, not null
     * @return the shape, or empty when the type is not written as text
     */
    public Optional<TextShape> textShapeOf(Class<?> type) {
        Shape shape = shapes.get(type);
        return shape instanceof TextShape ? Optional.of((TextShape) shape) : Optional.empty();
    }

    private Shape shapeOf(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isReferenceType()) {
            if (raw != Optional.class) {
                throw unsupported(type);
            }
            return new OptionalShape(shapeOf(type.getReferencedType()));
        }
        if (type.isCollectionLikeType()) {
            return new ArrayShape(shapeOf(type.getContentType()), Set.class.isAssignableFrom(raw));
        }
        if (type.isMapLikeType()) {
            Shape key = shapeOf(type.getKeyType());
            if (!(key instanceof EnumShape)) {
                throw unsupported(type);
            }
            return new MapShape((EnumShape) key, shapeOf(type.getContentType()));
        }
        if (raw == String.class) {
            return new ScalarShape(Scalar.STRING);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new ScalarShape(Scalar.BOOLEAN);
        }
        if (raw == int.class || raw == Integer.class) {
            return new ScalarShape(Scalar.INT);
        }
        if (raw == LocalDate.class) {
            return new ScalarShape(Scalar.LOCAL_DATE);
        }
        if (raw == OffsetDateTime.class) {
            return new ScalarShape(Scalar.OFFSET_DATE_TIME);
        }
        if (type.isEnumType()) {
            return enums.computeIfAbsent(raw, this::enumShape);
        }
        Shape known = shapes.get(raw);
        if (known != null) {
            return known;
        }
        if (registry.textTypes().contains(raw)) {
            TextShape shape = new TextShape(raw, t -> readsAs(t, raw));
            shapes.put(raw, shape);
            return shape;
        }
        if (registry.valueTypes().contains(raw)) {
            ObjectShape shape = new ObjectShape(raw);
            // Registered before its properties are read, so that a recursive model would terminate.
            shapes.put(raw, shape);
            shape.setProperties(properties(type));
            return shape;
        }
        if (registry.mixIns().containsKey(raw)) {
            PolymorphicShape shape = polymorphic(type);
            shapes.put(raw, shape);
            return shape;
        }
        throw unsupported(type);
    }

    /** Tries the value type's own parser, through the mapper, on a text. */
    private boolean readsAs(String text, Class<?> type) {
        try {
            return mapper.treeToValue(mapper.getNodeFactory().stringNode(text), type) != null;
        } catch (JacksonException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    private static IllegalStateException unsupported(JavaType type) {
        return new IllegalStateException("The wire format has no shape for " + type.toCanonical());
    }

    private EnumShape enumShape(Class<?> raw) {
        SerializationConfig config = mapper.serializationConfig();
        ClassIntrospector ci = config.classIntrospectorInstance();
        AnnotatedClass ac = ci.introspectClassAnnotations(mapper.constructType(raw));
        Enum<?>[] constants = (Enum<?>[]) raw.getEnumConstants();
        String[] names = Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
        names = config.getAnnotationIntrospector().findEnumValues(config, ac, constants, names);
        return new EnumShape(raw, Arrays.asList(names));
    }

    private List<Property> properties(JavaType valueType) {
        DeserializationConfig dc = mapper.deserializationConfig();
        ClassIntrospector di = dc.classIntrospectorInstance();
        AnnotatedClass valueClass = di.introspectClassAnnotations(valueType);
        BeanDescription valueDesc = di.introspectForDeserialization(valueType, valueClass);
        Class<?> builder = dc.getAnnotationIntrospector().findPOJOBuilder(dc, valueClass);
        if (builder == null) {
            throw new IllegalStateException("No builder mix-in for " + valueType.toCanonical());
        }
        BeanDescription builderDesc = di.introspectForDeserializationWithBuilder(mapper.constructType(builder), valueDesc);
        Map<String, BeanPropertyDefinition> read = new LinkedHashMap<>();
        for (BeanPropertyDefinition p : builderDesc.findProperties()) {
            if (p.couldDeserialize()) {
                read.put(p.getName(), p);
            }
        }

        SerializationConfig sc = mapper.serializationConfig();
        ClassIntrospector si = sc.classIntrospectorInstance();
        BeanDescription written = si.introspectForSerialization(valueType, si.introspectClassAnnotations(valueType));
        List<Property> result = new ArrayList<>();
        Set<String> writtenNames = new TreeSet<>();
        for (BeanPropertyDefinition p : written.findProperties()) {
            if (!p.couldSerialize()) {
                continue;
            }
            writtenNames.add(p.getName());
            BeanPropertyDefinition r = read.get(p.getName());
            if (r == null) {
                continue;
            }
            if (r.isRequired() != p.isRequired()) {
                throw new IllegalStateException("Builder and accessor of " + valueType.toCanonical()
                        + " disagree on whether '" + p.getName() + "' is required");
            }
            // The accessor's declared type (List, Set, Optional, Map) says more than the builder's
            // parameter (Iterable, Optional<? extends T>): sets must not repeat elements.
            result.add(new Property(p.getName(), p.getAccessor().getName(), shapeOf(p.getPrimaryType()), r.isRequired()));
        }
        if (!writtenNames.equals(new TreeSet<>(read.keySet()))) {
            throw new IllegalStateException("The reader and the writer disagree on the properties of "
                    + valueType.toCanonical() + ": read " + new TreeSet<>(read.keySet()) + ", written " + writtenNames);
        }
        return result;
    }

    private PolymorphicShape polymorphic(JavaType baseType) {
        DeserializationConfig dc = mapper.deserializationConfig();
        ClassIntrospector di = dc.classIntrospectorInstance();
        AnnotatedClass ac = di.introspectClassAnnotations(baseType);
        JsonTypeInfo.Value info = dc.getAnnotationIntrospector().findPolymorphicTypeInfo(dc, ac);
        if (info == null || info.getIdType() != JsonTypeInfo.Id.NAME || info.getInclusionType() != JsonTypeInfo.As.PROPERTY) {
            throw new IllegalStateException("A sealed base on the wire needs a logical type name in a property: "
                    + baseType.toCanonical());
        }
        Collection<NamedType> named = dc.getSubtypeResolver().collectAndResolveSubtypesByTypeId(dc, ac);
        Map<String, ObjectShape> subtypes = new LinkedHashMap<>();
        for (NamedType n : named.stream()
                .filter(n -> n.hasName() && n.getType() != baseType.getRawClass())
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .collect(Collectors.toList())) {
            Shape s = shapeOf(mapper.constructType(n.getType()));
            if (!(s instanceof ObjectShape)) {
                throw unsupported(baseType);
            }
            subtypes.put(n.getName(), (ObjectShape) s);
        }
        if (subtypes.isEmpty()) {
            throw unsupported(baseType);
        }
        return new PolymorphicShape(baseType.getRawClass(), info.getPropertyName(), subtypes);
    }
}
