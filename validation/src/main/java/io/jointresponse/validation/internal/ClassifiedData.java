package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.privacy.Classification;
import io.jointresponse.core.privacy.DataClassification;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks model objects by their attributes and their data classification
 * ({@link DataClassification}): which classified attributes hold a value, which values they hold, and
 * where those values reappear in unclassified text. The same walk drives rule SHR-001 and the share
 * sanitiser, so that the two cannot disagree, and a newly classified attribute is covered by both
 * without a change here.
 *
 * <p>The attributes of a model object are the public, argument-free, non-final instance methods that
 * its abstract model types (abstract classes and interfaces of the core module) declare; derived
 * values are {@code final} and are not attributes. Attribute names are the JSON property names.
 */
public final class ClassifiedData {

    /** The mask that replaces a classified value found inside unclassified text. */
    public static final String MASK = "＊＊＊";

    /**
     * Classified values shorter than this are not searched for in unclassified text: masking every
     * occurrence of one character would destroy the text and protect nothing.
     */
    static final int MIN_SECRET_LENGTH = 2;

    private static final String MODEL_PACKAGE = "io.jointresponse.core.";
    private static final Map<Class<?>, Map<String, Method>> ATTRIBUTES = new ConcurrentHashMap<>();

    private ClassifiedData() {}

    /**
     * One attribute of a model object.
     *
     * @param name the attribute (and JSON property) name
     * @param classification the classification, empty when not sensitive
     * @param value the value
     */
    public record Attribute(String name, Optional<Classification> classification, Object value) {}

    /**
     * One text held by an unclassified attribute, at any depth.
     *
     * @param pointer where it is, relative to the model object walked
     * @param value the text
     */
    public record Text(JsonPointer pointer, String value) {}

    /**
     * Lists the attributes of a model object with their values, in name order.
     *
     * @param model a model object, not null
     * @return the attributes; empty for a value that is not a model object
     */
    public static List<Attribute> attributes(Object model) {
        Map<String, Classification> classified = DataClassification.classifiedAttributes(model.getClass());
        List<Attribute> result = new ArrayList<>();
        for (Map.Entry<String, Method> e : attributeMethods(model.getClass()).entrySet()) {
            result.add(new Attribute(e.getKey(), Optional.ofNullable(classified.get(e.getKey())), invoke(e.getValue(), model)));
        }
        return result;
    }

    /**
     * Finds every classified attribute that holds a value: a present optional, a non-empty collection
     * or string, or any other value. Unclassified attributes are searched recursively.
     *
     * @param model a model object, not null
     * @return the pointers of the classified attributes that hold a value, in walk order
     */
    public static List<JsonPointer> presentClassified(Object model) {
        List<JsonPointer> found = new ArrayList<>();
        walk(model, JsonPointer.root(), (pointer, attribute) -> {
            if (attribute.classification().isPresent()) {
                if (isPresent(attribute.value())) {
                    found.add(pointer);
                }
                return false;
            }
            return true;
        });
        return found;
    }

    /**
     * Collects the text values held by classified attributes at any depth (for a classified attribute
     * holding model objects, such as contacts, their own classified attributes, but not their
     * unclassified ones, such as a contact's role), each at least {@value #MIN_SECRET_LENGTH}
     * characters long after trimming.
     *
     * @param model a model object, not null
     * @return the values, longest first
     */
    public static Set<String> secrets(Object model) {
        Set<String> secrets = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        walk(model, JsonPointer.root(), (pointer, attribute) -> {
            if (attribute.classification().isPresent()) {
                collectTexts(attribute.value(), secrets);
            }
            return true;
        });
        return secrets;
    }

    /**
     * Finds the unclassified text values that contain one of the secrets, ignoring case.
     *
     * @param model a model object, not null
     * @param secrets the classified values, not null
     * @return the pointers of the texts that contain a secret, in walk order
     */
    public static List<JsonPointer> textsContaining(Object model, Set<String> secrets) {
        List<JsonPointer> found = new ArrayList<>();
        // No secret, no pattern: an empty one would match every text.
        if (!secrets.isEmpty()) {
            Pattern pattern = pattern(secrets);
            for (Text text : texts(model)) {
                if (pattern.matcher(text.value()).find()) {
                    found.add(text.pointer());
                }
            }
        }
        return found;
    }

    /**
     * Lists the texts held by unclassified attributes, at any depth: every free text that classified
     * data could have been typed into (SHR-001 and SHR-004 search them; the sanitiser masks them).
     *
     * @param model a model object, not null
     * @return the texts with their pointers, in walk order
     */
    public static List<Text> texts(Object model) {
        List<Text> texts = new ArrayList<>();
        walkTexts(model, JsonPointer.root(), (pointer, text) -> texts.add(new Text(pointer, text)));
        return texts;
    }

    /**
     * Replaces every occurrence of a secret in a text by {@link #MASK}, ignoring case.
     *
     * @param text the text, not null
     * @param secrets the classified values, not null
     * @return the masked text
     */
    public static String mask(String text, Set<String> secrets) {
        if (secrets.isEmpty()) {
            return text;
        }
        return pattern(secrets).matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /**
     * Returns a copy of a model object with every classified attribute emptied (an optional made
     * empty, a collection cleared, a mandatory text that is not empty replaced by {@link #MASK}) and
     * every unclassified text passed through a masking function, at any depth.
     *
     * <p>The copy is made with the model type's own builder, {@code X.builder().from(model)}, so it
     * is of the same type and keeps every other attribute.
     *
     * @param model a model object, not null
     * @param masking what becomes of each unclassified text, such as the secrets and the personal
     *     data found in it masked; not null
     * @param <T> the model type
     * @return the sanitised copy; the same object when nothing had to change
     * @throws IllegalStateException if a classified attribute holds a value that cannot be emptied
     */
    public static <T> T sanitise(T model, UnaryOperator<String> masking) {
        Object builder = null;
        for (Attribute attribute : attributes(model)) {
            Object value = attribute.value();
            Object replacement = attribute.classification().isPresent() ? emptied(attribute.name(), value) : masked(value, masking);
            if (!replacement.equals(value)) {
                if (builder == null) {
                    builder = copyOf(model);
                }
                set(builder, attribute.name(), replacement);
            }
        }
        if (builder == null) {
            return model;
        }
        @SuppressWarnings("unchecked")
        T sanitised = (T) invoke(method(builder.getClass(), "build"), builder);
        return sanitised;
    }

    private static Object emptied(String name, Object value) {
        if (value instanceof Optional<?>) {
            return Optional.empty();
        }
        if (value instanceof List<?>) {
            return List.of();
        }
        if (value instanceof Set<?>) {
            return Set.of();
        }
        if (value instanceof Map<?, ?>) {
            return Map.of();
        }
        if (value instanceof String s) {
            // An empty text holds nothing to remove.
            return s.isEmpty() ? s : MASK;
        }
        throw new IllegalStateException("Cannot empty classified attribute " + name);
    }

    private static Object masked(Object value, UnaryOperator<String> masking) {
        if (value instanceof String s) {
            return masking.apply(s);
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> masked(v, masking));
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(masked(v, masking)));
            return List.copyOf(copy);
        }
        if (value instanceof Set<?> set) {
            Set<Object> copy = new LinkedHashSet<>();
            set.forEach(v -> copy.add(masked(v, masking)));
            return Collections.unmodifiableSet(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, masked(v, masking)));
            return Collections.unmodifiableMap(copy);
        }
        if (isModel(value)) {
            return sanitise(value, masking);
        }
        return value;
    }

    /**
     * Returns {@code X.builder().from(model)}, where X is the model object's public model type: its
     * class is an implementation that no one outside core can name.
     */
    private static Object copyOf(Object model) {
        Class<?> type = model.getClass();
        while (type != null && !(Modifier.isPublic(type.getModifiers()) && Modifier.isAbstract(type.getModifiers()))) {
            type = type.getSuperclass();
        }
        if (type == null) {
            throw new IllegalStateException("No public model type above " + model.getClass().getName());
        }
        Object builder = invoke(method(type, "builder"), null);
        invoke(method(builder.getClass(), "from", type), builder, model);
        return builder;
    }

    /** Sets an attribute on a model builder through the setter that takes the whole value. */
    private static void set(Object builder, String name, Object value) {
        for (Method m : builder.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && !m.isVarArgs()
                    && m.getParameterTypes()[0].isInstance(value)) {
                invoke(m, builder, value);
                return;
            }
        }
        throw new IllegalStateException("No setter " + name + " on " + builder.getClass().getName());
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("No method " + name + " on " + type.getName(), e);
        }
    }

    /** Visits an attribute; returns whether to descend into its value. */
    @FunctionalInterface
    private interface Visitor {
        boolean visit(JsonPointer pointer, Attribute attribute);
    }

    @FunctionalInterface
    private interface TextVisitor {
        void visit(JsonPointer pointer, String text);
    }

    private static void walk(Object model, JsonPointer at, Visitor visitor) {
        for (Attribute attribute : attributes(model)) {
            JsonPointer pointer = at.append(attribute.name());
            if (visitor.visit(pointer, attribute)) {
                forEachModel(attribute.value(), pointer, (p, nested) -> walk(nested, p, visitor));
            }
        }
    }

    /** Visits the strings held by unclassified attributes, at any depth. */
    private static void walkTexts(Object model, JsonPointer at, TextVisitor visitor) {
        for (Attribute attribute : attributes(model)) {
            if (attribute.classification().isPresent()) {
                continue;
            }
            JsonPointer pointer = at.append(attribute.name());
            forEachElement(attribute.value(), pointer, (p, element) -> {
                if (element instanceof String s) {
                    visitor.visit(p, s);
                } else if (isModel(element)) {
                    walkTexts(element, p, visitor);
                }
            });
        }
    }

    private static void forEachModel(Object value, JsonPointer at, BiConsumer<JsonPointer, Object> action) {
        forEachElement(value, at, (p, element) -> {
            if (isModel(element)) {
                action.accept(p, element);
            }
        });
    }

    /** Unwraps optionals, lists and maps; gives each element with its pointer. */
    private static void forEachElement(Object value, JsonPointer at, BiConsumer<JsonPointer, Object> action) {
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> forEachElement(v, at, action));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                forEachElement(list.get(i), at.append(i), action);
            }
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                forEachElement(element, at.append(i++), action);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> forEachElement(v, at.append(k instanceof Enum<?> e ? e.name() : String.valueOf(k)), action));
        } else if (value != null) {
            action.accept(at, value);
        }
    }

    /** Collects the texts a value holds directly (in optionals and collections, not in models). */
    private static void collectTexts(Object value, Set<String> into) {
        forEachElement(value, JsonPointer.root(), (p, element) -> {
            if (element instanceof String s && s.strip().length() >= MIN_SECRET_LENGTH) {
                into.add(s.strip());
            }
        });
    }

    private static boolean isPresent(Object value) {
        if (value instanceof Optional<?> o) {
            return o.isPresent();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof CharSequence s) {
            return s.length() > 0;
        }
        return value != null;
    }

    private static Pattern pattern(Set<String> secrets) {
        StringBuilder alternatives = new StringBuilder();
        for (String secret : secrets) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(secret));
        }
        return Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** @return true for an object of the model with attributes (not an enum or a small value) */
    static boolean isModel(Object value) {
        return value != null && !(value instanceof Enum<?>) && value.getClass().getName().startsWith(MODEL_PACKAGE)
                && !attributeMethods(value.getClass()).isEmpty();
    }

    private static Map<String, Method> attributeMethods(Class<?> type) {
        return ATTRIBUTES.computeIfAbsent(type, ClassifiedData::findAttributeMethods);
    }

    /**
     * Finds the attribute accessors of a class, uncached: the public, argument-free, non-final
     * instance methods with a value that its abstract types in the model's packages declare.
     *
     * @param type a class, not null
     * @return attribute name to accessor, in name order; empty for a class outside the model
     */
    static Map<String, Method> findAttributeMethods(Class<?> type) {
        Map<String, Method> methods = new TreeMap<>();
        collectAttributeMethods(type, methods);
        return methods;
    }

    private static void collectAttributeMethods(Class<?> type, Map<String, Method> into) {
        if (type == null || !type.getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            for (Method m : type.getDeclaredMethods()) {
                int mod = m.getModifiers();
                // Bridge methods share a name with the accessor they bridge, which is kept either way.
                if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && !Modifier.isFinal(mod)
                        && m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    into.putIfAbsent(m.getName(), m);
                }
            }
        }
        collectAttributeMethods(type.getSuperclass(), into);
        for (Class<?> i : type.getInterfaces()) {
            collectAttributeMethods(i, into);
        }
    }

    /** Calls an accessor, or a builder's method; the target is null for a static method. */
    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method.getName() + " failed", e.getCause());
        }
    }
}
