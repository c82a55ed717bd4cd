package io.jointresponse.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The classes Immutables generates are no API of core: none can be named outside its package, and
 * no public or protected signature of an exported type, inherited members included, mentions one.
 * Core's module descriptor says which packages are exported.
 */
class GeneratedClassesAreNotApiTest {

    private static final Set<String> EXPORTED = exportedPackages();

    private static Set<String> exportedPackages() {
        ModuleDescriptor descriptor = Agreement.class.getModule().getDescriptor();
        if (descriptor == null) {
            // On the class path: read the descriptor that was compiled with the classes.
            try (InputStream in = Agreement.class.getResourceAsStream("/module-info.class")) {
                assertThat(in).as("core's module-info.class").isNotNull();
                descriptor = ModuleDescriptor.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> exportedClasses() {
        return ModelTypes.coreClasses().stream()
                .filter(c -> EXPORTED.contains(c.getPackageName()))
                .filter(c -> !c.getSimpleName().equals("package-info") && !c.isSynthetic() && !c.isAnonymousClass())
                .toList();
    }

    /** @return whether code outside the class's package can name it: it and every enclosing class are public */
    private static boolean accessible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void coreExportsTheModelPackagesAndNoInternalOne() {
        assertThat(EXPORTED).contains("io.jointresponse.core.agreement", "io.jointresponse.core.document")
                .doesNotContain("io.jointresponse.core.internal");
        assertThat(Agreement.class.getModule().getDescriptor() == null
                || Agreement.class.getModule().getDescriptor().opens().isEmpty()).as("core opens nothing").isTrue();
    }

    @Test
    void noGeneratedClassCanBeNamedOutsideItsPackage() {
        List<Class<?>> generated = exportedClasses().stream().filter(ModelTypes::isGenerated).toList();
        assertThat(generated).as("generated classes in exported packages").hasSizeGreaterThan(ModelTypes.all().size());
        assertThat(generated.stream().filter(GeneratedClassesAreNotApiTest::accessible).map(Class::getName))
                .as("generated classes that code outside their package can name").isEmpty();
    }

    @Test
    void noPublicSignatureOfAnExportedTypeMentionsAGeneratedClass() {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : exportedClasses()) {
            if (!accessible(type) || ModelTypes.isGenerated(type)) {
                continue;
            }
            List<Member> members = new ArrayList<>();
            members.addAll(Arrays.asList(type.getMethods()));
            members.addAll(Arrays.asList(type.getConstructors()));
            members.addAll(Arrays.asList(type.getFields()));
            Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isProtected(m.getModifiers())).forEach(members::add);
            Arrays.stream(type.getDeclaredConstructors()).filter(c -> Modifier.isProtected(c.getModifiers())).forEach(members::add);
            for (Member member : members) {
                for (Type t : signature(member)) {
                    for (Class<?> mentioned : classesIn(t, new ArrayList<>(), new HashSet<>())) {
                        if (ModelTypes.isGenerated(mentioned)) {
                            leaks.add(type.getName() + ": " + member);
                        }
                    }
                }
                checked++;
            }
            if (type.isSealed()) {
                Arrays.stream(type.getPermittedSubclasses()).filter(ModelTypes::isGenerated)
                        .forEach(c -> leaks.add(type.getName() + " permits " + c.getName()));
            }
        }
        assertThat(leaks).as("public signatures naming a generated class").isEmpty();
        // The builders' inherited methods (Agreement.Builder.id(…)…) are among those checked.
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void valuesAreBuiltAndCopiedThroughTheModelsOwnBuilders() {
        Agreement agreement = ModelSampler.primary().sample(Agreement.class);
        Agreement renamed = Agreement.builder().from(agreement).id("A-2").build();

        assertThat(renamed.id()).isEqualTo("A-2");
        assertThat(renamed.getClass()).isEqualTo(agreement.getClass()).matches(ModelTypes::isGenerated)
                .matches(c -> !accessible(c), "not accessible outside its package");
        assertThat(Agreement.Builder.class.getSuperclass()).matches(ModelTypes::isGenerated);
        assertThat(renamed.getClass().getMethods()).extracting(Method::getName).noneMatch(n -> n.startsWith("with"));
    }

    private static List<Type> signature(Member member) {
        List<Type> types = new ArrayList<>();
        if (member instanceof Method m) {
            types.add(m.getGenericReturnType());
        }
        if (member instanceof Executable e) {
            types.addAll(Arrays.asList(e.getGenericParameterTypes()));
            types.addAll(Arrays.asList(e.getGenericExceptionTypes()));
            types.addAll(Arrays.asList(e.getTypeParameters()));
        }
        if (member instanceof Field f) {
            types.add(f.getGenericType());
        }
        if (member instanceof Constructor<?> c) {
            types.add(c.getDeclaringClass());
        }
        return types;
    }

    private static List<Class<?>> classesIn(Type type, List<Class<?>> into, Set<TypeVariable<?>> seen) {
        if (type instanceof Class<?> c) {
            into.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            classesIn(p.getRawType(), into, seen);
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> classesIn(a, into, seen));
        } else if (type instanceof WildcardType w) {
            Arrays.stream(w.getUpperBounds()).forEach(b -> classesIn(b, into, seen));
            Arrays.stream(w.getLowerBounds()).forEach(b -> classesIn(b, into, seen));
        } else if (type instanceof GenericArrayType g) {
            classesIn(g.getGenericComponentType(), into, seen);
        } else if (type instanceof TypeVariable<?> v && !seen.contains(v)) {
            // A bound may name the variable again (T extends Comparable<T>).
            seen.add(v);
            Arrays.stream(v.getBounds()).forEach(b -> classesIn(b, into, seen));
        }
        return into;
    }
}
