package io.jointresponse.core.internal;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.privacy.Classification;
import io.jointresponse.core.privacy.DataClassification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the model's value types and their attributes by reflection, so that tests over "every model
 * type" or "every classified attribute" also cover types and attributes added later.
 *
 * <p>A model type is the abstract class that a generated {@code Immutable*} class in
 * {@code io.jointresponse.core} extends. Its attributes are the accessors the generated class
 * implements; derived values ({@code final} methods such as {@code Agreement.isInForceOn}) are not
 * attributes.
 */
public final class ModelTypes {

    private static final String ROOT_PACKAGE = "io.jointresponse.core";

    private static final List<Class<?>> ALL = scan();

    private ModelTypes() {}

    /**
     * One attribute of a model type.
     *
     * @param owner the model type
     * @param name the attribute (and accessor) name
     * @param accessor the abstract accessor
     * @param type the accessor's generic return type
     * @param classification the attribute's classification, if any
     */
    public record Attribute(Class<?> owner, String name, Method accessor, Type type,
            Optional<Classification> classification) {

        /** @return the raw class of the attribute's type */
        public Class<?> rawType() {
            return ModelTypes.raw(type);
        }

        /** @return the element type of a collection or optional, or the type itself */
        public Type elementType() {
            if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
                return p.getActualTypeArguments()[0];
            }
            return type;
        }

        /** @return true for String, Optional&lt;String&gt;, List&lt;String&gt; and Set&lt;String&gt; */
        public boolean isStringValued() {
            return raw(elementType()) == String.class && !Map.class.isAssignableFrom(rawType());
        }

        /** @return {@code Owner.name}, for messages */
        @Override
        public String toString() {
            return owner.getSimpleName() + "." + name;
        }
    }

    /** @return every model type of core, sorted by name */
    public static List<Class<?>> all() {
        return ALL;
    }

    /**
     * Tells whether a class is a model type (an abstract class with a generated implementation).
     *
     * @param type any class
     * @return true for model types
     */
    public static boolean isModelType(Class<?> type) {
        return ALL.contains(type);
    }

    /**
     * Returns the generated implementation of a model type.
     *
     * @param modelType a model type
     * @return its {@code Immutable*} class
     */
    public static Class<?> immutableOf(Class<?> modelType) {
        try {
            return Class.forName(modelType.getPackageName() + ".Immutable" + modelType.getSimpleName(), true,
                    modelType.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Not a model type: " + modelType.getName(), e);
        }
    }

    /**
     * Lists the attributes of a model type, sorted by name.
     *
     * @param modelType a model type
     * @return its attributes
     */
    public static List<Attribute> attributes(Class<?> modelType) {
        Map<String, Classification> classified = DataClassification.classifiedAttributes(modelType);
        List<Attribute> attributes = new ArrayList<>();
        for (Method m : immutableOf(modelType).getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                    || m.getParameterCount() != 0 || Set.of("equals", "hashCode", "toString").contains(m.getName())) {
                continue;
            }
            Method accessor;
            try {
                accessor = modelType.getMethod(m.getName());
            } catch (NoSuchMethodException e) {
                continue;
            }
            attributes.add(new Attribute(modelType, m.getName(), accessor, accessor.getGenericReturnType(),
                    Optional.ofNullable(classified.get(m.getName()))));
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        return attributes;
    }

    /** @return every attribute of every model type */
    public static List<Attribute> allAttributes() {
        return ALL.stream().flatMap(t -> attributes(t).stream()).collect(Collectors.toList());
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("Unexpected attribute type " + type);
    }

    /**
     * Lists every class compiled into core, nested ones included, without initialising any.
     *
     * @return the classes, sorted by name
     */
    public static List<Class<?>> coreClasses() {
        Path location;
        try {
            location = Path.of(Agreement.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try {
            if (Files.isDirectory(location)) {
                return classesUnder(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return classesUnder(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> classesUnder(Path classesRoot) throws IOException {
        Path packageRoot = classesRoot.resolve(ROOT_PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.walk(packageRoot)) {
            return files
                    .filter(f -> f.getFileName().toString().endsWith(".class"))
                    .<Class<?>>map(f -> {
                        String relative = classesRoot.relativize(f).toString().replace('\\', '/');
                        String className = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                        try {
                            return Class.forName(className, false, Agreement.class.getClassLoader());
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .sorted(Comparator.comparing(Class::getName))
                    .collect(Collectors.toList());
        }
    }

    /**
     * Tells whether a class is one Immutables generated for a model type: {@code ImmutableX}
     * extending {@code X}, or a class nested in one.
     *
     * @param type any class
     * @return true for generated classes
     */
    public static boolean isGenerated(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            // ImmutablesStyle also starts with "Immutable"; a generated class is named after its model type.
            if (c.getSuperclass() != null && c.getSimpleName().equals("Immutable" + c.getSuperclass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> scan() {
        List<Class<?>> types = coreClasses().stream()
                .filter(c -> c.getEnclosingClass() == null && isGenerated(c))
                .<Class<?>>map(Class::getSuperclass)
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
        if (types.isEmpty()) {
            throw new IllegalStateException("No generated model types in core");
        }
        return List.copyOf(types);
    }
}
