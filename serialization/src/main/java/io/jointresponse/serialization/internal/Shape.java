package io.jointresponse.serialization.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the wire format expects at one place of a document, derived from the mapper's
 * introspection of the model ({@link WireModel}). The structural walker checks a tree against it;
 * the schema generator's custom module reads property names and required-ness from it.
 */
public abstract class Shape {

    Shape() {}

    /**
     * Describes what is expected, for a finding message: it never contains a value from a payload.
     *
     * @param messages the texts of the language of the message, not null
     * @return for example {@code "a string"} or {@code "one of DRAFT, IN_FORCE, TERMINATED"}
     */
    public abstract String expectation(WireMessages messages);

    /** @return what is expected, in English, as {@link #expectation(WireMessages)} says */
    public final String expectation() {
        return expectation(WireMessages.ENGLISH);
    }

    /** The JSON scalars of the wire format. */
    public enum Scalar {
        /** A JSON string. */
        STRING("expect.string"),
        /** {@code true} or {@code false}. */
        BOOLEAN("expect.boolean"),
        /** A JSON integer within the range of a Java {@code int}. */
        INT("expect.int"),
        /** A string holding an ISO 8601 calendar date. */
        LOCAL_DATE("expect.date"),
        /** A string holding an ISO 8601 date and time with its offset. */
        OFFSET_DATE_TIME("expect.dateTime");

        private final String key;

        Scalar(String key) {
            this.key = key;
        }

        String expectation(WireMessages messages) {
            return messages.text(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    /** A scalar value. */
    public static final class ScalarShape extends Shape {
        private final Scalar scalar;

        ScalarShape(Scalar scalar) {
            this.scalar = scalar;
        }

        /** @return which scalar */
        public Scalar scalar() {
            return scalar;
        }

        @Override
        public String expectation(WireMessages messages) {
            return scalar.expectation(messages);
        }
    }

    /**
     * A small value of the model written as text that its own parser reads back, such as a notice
     * number ({@code 警察庁丁情対発第217号}) or a Japanese date as written ({@code 平成36年3月31日}).
     */
    public static final class TextShape extends Shape {
        private final Class<?> type;
        private final Predicate<String> readable;

        TextShape(Class<?> type, Predicate<String> readable) {
            this.type = type;
            this.readable = readable;
        }

        /** @return the value type */
        public Class<?> type() {
            return type;
        }

        /**
         * Tells whether the value type reads a text.
         *
         * @param text the text, not null
         * @return true when the text is a value of the type
         */
        public boolean reads(String text) {
            return readable.test(text);
        }

        @Override
        public String expectation(WireMessages messages) {
            return messages.text("expect.text." + type.getSimpleName());
        }
    }

    /** An enum constant, written as its name. */
    public static final class EnumShape extends Shape {
        private final Class<?> type;
        private final List<String> names;

        EnumShape(Class<?> type, List<String> names) {
            this.type = type;
            this.names = List.copyOf(names);
        }

        /** @return the enum type */
        public Class<?> type() {
            return type;
        }

        /** @return the wire names of the constants, in declaration order */
        public List<String> names() {
            return names;
        }

        @Override
        public String expectation(WireMessages messages) {
            return messages.text("expect.oneOf", String.join(", ", names));
        }
    }

    /** An optional value: omitted when empty, never null. */
    public static final class OptionalShape extends Shape {
        private final Shape content;

        OptionalShape(Shape content) {
            this.content = content;
        }

        /** @return the shape of the value when present */
        public Shape content() {
            return content;
        }

        @Override
        public String expectation(WireMessages messages) {
            return content.expectation(messages);
        }
    }

    /** A list or a set, written as an array. */
    public static final class ArrayShape extends Shape {
        private final Shape element;
        private final boolean distinct;

        ArrayShape(Shape element, boolean distinct) {
            this.element = element;
            this.distinct = distinct;
        }

        /** @return the shape of each element */
        public Shape element() {
            return element;
        }

        /** @return true for a set: elements must not repeat */
        public boolean distinct() {
            return distinct;
        }

        @Override
        public String expectation(WireMessages messages) {
            return messages.text(distinct ? "expect.set" : "expect.array");
        }
    }

    /** A map with enum keys, written as an object keyed by the constants' names. */
    public static final class MapShape extends Shape {
        private final EnumShape key;
        private final Shape value;

        MapShape(EnumShape key, Shape value) {
            this.key = key;
            this.value = value;
        }

        /** @return the shape of the keys */
        public EnumShape key() {
            return key;
        }

        /** @return the shape of the values */
        public Shape value() {
            return value;
        }

        @Override
        public String expectation(WireMessages messages) {
            return messages.text("expect.map", key.expectation(messages));
        }
    }

    /** One property of an object. */
    public static final class Property {
        private final String name;
        private final String accessor;
        private final Shape shape;
        private final boolean required;

        Property(String name, String accessor, Shape shape, boolean required) {
            this.name = name;
            this.accessor = accessor;
            this.shape = shape;
            this.required = required;
        }

        /** @return the wire name */
        public String name() {
            return name;
        }

        /** @return the name of the model's accessor method that holds the value */
        public String accessor() {
            return accessor;
        }

        /** @return what its value must be */
        public Shape shape() {
            return shape;
        }

        /** @return true when the property must be present */
        public boolean required() {
            return required;
        }
    }

    /** A model value, written as an object with a fixed set of properties. */
    public static final class ObjectShape extends Shape {
        private final Class<?> type;
        private Map<String, Property> properties = Map.of();

        ObjectShape(Class<?> type) {
            this.type = type;
        }

        void setProperties(List<Property> list) {
            Map<String, Property> byName = new LinkedHashMap<>();
            list.forEach(p -> byName.put(p.name(), p));
            this.properties = Collections.unmodifiableMap(byName);
        }

        /** @return the model type */
        public Class<?> type() {
            return type;
        }

        /** @return the properties by wire name, in the order they are written */
        public Map<String, Property> properties() {
            return properties;
        }

        @Override
        public String expectation(WireMessages messages) {
            return messages.text("expect.object", label(type));
        }
    }

    /** A sealed family whose member is named by a type property. */
    public static final class PolymorphicShape extends Shape {
        private final Class<?> base;
        private final String typeProperty;
        private final Map<String, ObjectShape> subtypes;

        PolymorphicShape(Class<?> base, String typeProperty, Map<String, ObjectShape> subtypes) {
            this.base = base;
            this.typeProperty = Objects.requireNonNull(typeProperty);
            this.subtypes = Collections.unmodifiableMap(new LinkedHashMap<>(subtypes));
        }

        /** @return the sealed base type */
        public Class<?> base() {
            return base;
        }

        /** @return the name of the property that names the subtype */
        public String typeProperty() {
            return typeProperty;
        }

        /** @return the subtypes by logical name */
        public Map<String, ObjectShape> subtypes() {
            return subtypes;
        }

        /**
         * Describes what the type property must hold.
         *
         * @param messages the texts of the language of the message, not null
         * @return the expectation
         */
        public String typeExpectation(WireMessages messages) {
            return messages.text("expect.oneOf", String.join(", ", subtypes.keySet()));
        }

        @Override
        public String expectation(WireMessages messages) {
            return messages.text("expect.object", label(base));
        }
    }

    /**
     * Returns the name of a model type for messages, such as {@code Partner}.
     *
     * @param type a model type
     * @return its simple name
     */
    static String label(Class<?> type) {
        return type.getSimpleName();
    }
}
