package io.jointresponse.core.internal;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.Retention;
import io.jointresponse.core.notice.Validity;
import io.jointresponse.core.internal.ModelTypes.Attribute;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a model object with every attribute set, by reflection over its builder, so that tests can
 * cover every model type and every attribute, including ones added later.
 *
 * <p>Every String-valued attribute gets a value that names where it was planted. A classified
 * attribute ({@code @PersonalData}, {@code @BusinessIdentifying}) gets a <em>marker</em>,
 * {@code MARKER-<Type>-<attribute>-7f3a}, that must never appear in a {@code toString}; an
 * unclassified one gets {@code plain-<Type>-<attribute>}. Nested model objects are sampled the same
 * way, so a marker planted in a {@code Contact} also travels inside the {@code Partner} and the
 * {@code Agreement} that contain it.
 *
 * <p>The alternate sampler gives a different value for every attribute, for tests of copies and of
 * equality.
 */
public final class ModelSampler {

    /** The text every marker ends with. */
    public static final String MARKER_SUFFIX = "-7f3a";

    /** Values for attributes whose type alone does not give a valid one (structural checks). */
    private static final Map<String, List<Object>> FIXED = Map.of(
            "Finding.ruleId", List.of("AGR-001", "AGR-002"),
            // A unit's record must not end before it begins.
            "NpaUnit.validFrom", List.of(LocalDate.of(2004, 4, 1), LocalDate.of(2005, 4, 1)),
            "NpaUnit.validUntil", List.of(Optional.of(LocalDate.of(2030, 3, 31)), Optional.of(LocalDate.of(2031, 3, 31))));

    private static final LocalDate BASE_DATE = LocalDate.of(2020, 4, 1);

    private final boolean alternate;
    private final Map<String, Attribute> markers = new LinkedHashMap<>();
    private final Map<String, Attribute> plainValues = new LinkedHashMap<>();
    private int tick;

    private ModelSampler(boolean alternate) {
        this.alternate = alternate;
    }

    /** @return a sampler of the primary values */
    public static ModelSampler primary() {
        return new ModelSampler(false);
    }

    /** @return a sampler whose every value differs from the primary one */
    public static ModelSampler alternate() {
        return new ModelSampler(true);
    }

    /**
     * Builds an object of a model type with every attribute set.
     *
     * @param <T> the model type
     * @param modelType the model type
     * @return the object
     */
    public <T> T sample(Class<T> modelType) {
        Object builder = invoke(null, method(modelType, "builder"));
        for (Attribute a : ModelTypes.attributes(modelType)) {
            set(builder, a, value(a));
        }
        return modelType.cast(invoke(builder, method(builder.getClass(), "build")));
    }

    /**
     * Returns a value for one attribute, in the form its accessor returns it.
     *
     * @param attribute the attribute
     * @return the value
     */
    public Object value(Attribute attribute) {
        List<Object> fixed = FIXED.get(attribute.toString());
        if (fixed != null) {
            return fixed.get(alternate ? 1 : 0);
        }
        return valueOf(attribute.type(), attribute);
    }

    /** @return every marker planted so far, with the attribute it was planted in */
    public Map<String, Attribute> markers() {
        return Collections.unmodifiableMap(markers);
    }

    /** @return every unclassified String value planted so far, with its attribute */
    public Map<String, Attribute> plainValues() {
        return Collections.unmodifiableMap(plainValues);
    }

    /**
     * Sets an attribute on a builder through the builder's setter for the attribute's whole value.
     *
     * @param builder a model builder
     * @param attribute the attribute
     * @param value the value, in the form the accessor returns it
     */
    public static void set(Object builder, Attribute attribute, Object value) {
        invoke(builder, method(builder.getClass(), attribute.name(), setterParameter(attribute)), value);
    }

    /**
     * Returns the parameter type of the builder setter that takes an attribute's whole value.
     *
     * @param attribute the attribute
     * @return Optional, Iterable, Map, or the attribute's own type
     */
    static Class<?> setterParameter(Attribute attribute) {
        Class<?> raw = attribute.rawType();
        if (Collection.class.isAssignableFrom(raw)) {
            return Iterable.class;
        }
        return raw;
    }

    /**
     * Finds a public method by name and parameter types.
     *
     * @param type the class
     * @param name the method name
     * @param parameters the parameter types
     * @return the method
     */
    public static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("No method " + name + List.of(parameters) + " on " + type.getName(), e);
        }
    }

    /**
     * Invokes a method, rethrowing what it threw.
     *
     * @param target the receiver, null for a static method
     * @param method the method
     * @param arguments the arguments
     * @return what it returned
     */
    public static Object invoke(Object target, Method method, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object valueOf(Type type, Attribute where) {
        Class<?> raw = ModelTypes.raw(type);
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (raw == Optional.class) {
                return Optional.of(valueOf(args[0], where));
            }
            if (raw == List.class) {
                return List.of(valueOf(args[0], where));
            }
            if (raw == Set.class) {
                return Set.of(valueOf(args[0], where));
            }
            if (raw == Map.class) {
                return Map.of(valueOf(args[0], where), valueOf(args[1], where));
            }
            throw new AssertionError("No sample for " + type + " of " + where + ": teach ModelSampler");
        }
        if (raw == String.class) {
            return string(where);
        }
        if (raw == int.class || raw == Integer.class) {
            return alternate ? 2 : 1;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            // The primary value differs from every default of the model, which is false.
            return !alternate;
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[alternate ? 1 % constants.length : 0];
        }
        if (raw == LocalDate.class) {
            return nextDate();
        }
        if (raw == OffsetDateTime.class) {
            return nextDate().atTime(10, 30).atOffset(ZoneOffset.ofHours(9));
        }
        if (raw == JapaneseDate.class) {
            return JapaneseDate.of(nextDate());
        }
        if (raw == NoticeNumber.class) {
            return NoticeNumber.parse(alternate ? "警察庁丁備企発第111号" : "警察庁丁情対発第217号");
        }
        if (raw == Retention.class) {
            return Retention.parse(alternate ? "3年(平成34年3月31日まで)" : "5年(平成36年3月31日まで)");
        }
        if (raw == Validity.class) {
            return Validity.parse(alternate ? "一種(平成34年3月31日まで)" : "一種(平成36年3月31日まで)");
        }
        if (raw == JsonPointer.class) {
            return JsonPointer.of(alternate ? "alternate" : "primary", where.name());
        }
        if (ModelTypes.isModelType(raw)) {
            return sample(raw);
        }
        throw new AssertionError("No sample for " + type + " of " + where + ": teach ModelSampler");
    }

    private String string(Attribute where) {
        String variant = alternate ? "-alt" : "";
        String place = where.owner().getSimpleName() + "-" + where.name() + variant;
        if (where.classification().isPresent()) {
            String marker = "MARKER-" + place + MARKER_SUFFIX;
            markers.put(marker, where);
            return marker;
        }
        String plain = "plain-" + place;
        plainValues.put(plain, where);
        return plain;
    }

    private LocalDate nextDate() {
        return BASE_DATE.plusDays(tick++ + (alternate ? 1000 : 0));
    }
}
