package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.security.CodeSource;
import java.util.Properties;

/**
 * The check, made once before the wire format's first mapper is built, that the
 * {@code jackson-annotations} 2.x beside Jackson 3 is a version Jackson 3 can work with.
 *
 * <p>Jackson 3 ({@code tools.jackson}) keeps reading the 2.x annotations and needs the version its
 * own BOM names. An application whose framework manages Jackson often brings an older one (Spring
 * Boot 3.5.7 manages 2.19, Spring Boot 4.0.7 2.21); Maven says nothing, reading still works, and the
 * first write fails with a {@code NoClassDefFoundError} deep inside Jackson. This check turns that
 * into one error, at start, whose message names the dependency to pin.
 */
public final class JacksonAnnotationsCheck {

    /**
     * The {@code jackson-annotations} version that the {@code tools.jackson:jackson-bom} this
     * library is built with names, and that {@code jointresponse-bom} manages.
     */
    public static final String REQUIRED_VERSION = "2.22";

    /**
     * A type that {@link #REQUIRED_VERSION} added and Jackson 3's databind uses: where it is missing,
     * the annotations are older than Jackson 3 needs.
     */
    static final String MARKER = "com.fasterxml.jackson.annotation.JsonApplyView";

    private static final String POM_PROPERTIES = "/META-INF/maven/com.fasterxml.jackson.core/jackson-annotations/pom.properties";

    private JacksonAnnotationsCheck() {}

    /** The outcome of the one check, made when first asked for. */
    private static final class Once {
        static final String PROBLEM = problem(JsonProperty.class);
    }

    /**
     * Checks the annotations this library was loaded with; the check itself runs only once.
     *
     * @throws IllegalStateException if they are older than Jackson 3 needs; the message says which
     *     version was found, where, and what to pin
     */
    public static void verify() {
        String problem = Once.PROBLEM;
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /**
     * Tells what is wrong with the {@code jackson-annotations} that a class of it was loaded from.
     *
     * @param annotation a class of {@code jackson-annotations}, such as {@code JsonProperty.class}
     *     as some class loader loaded it, not null
     * @return the message of the failure, or null when the annotations are recent enough
     */
    static String problem(Class<?> annotation) {
        if (Class.forName(annotation.getModule(), MARKER) != null) {
            return null;
        }
        return "The jackson-annotations on the class path (" + describe(annotation) + ") is older than the "
                + REQUIRED_VERSION + " that Jackson 3 (tools.jackson.core:jackson-databind) needs, and the Joint Response SDK "
                + "runs on Jackson 3: it lacks " + MARKER + ", so the first write would fail inside Jackson. "
                + "Pin com.fasterxml.jackson.core:jackson-annotations:" + REQUIRED_VERSION + " (or later) in your build's "
                + "dependency management, or import io.jointresponse:jointresponse-bom before any other BOM that manages "
                + "Jackson (Spring Boot's manages an older one); jackson-annotations " + REQUIRED_VERSION
                + " also serves Jackson 2.";
    }

    /** The version and location of the annotations, as far as they can be told. */
    private static String describe(Class<?> annotation) {
        String version = version(annotation);
        CodeSource source = annotation.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        return (version == null ? "version unknown" : "version " + version) + (location == null ? "" : ", from " + location);
    }

    /**
     * The version of the annotations: the module's on the module path, else the jar manifest's, else
     * the Maven metadata's that jars (and the command's merged jar) carry.
     */
    static String version(Class<?> annotation) {
        ModuleDescriptor descriptor = annotation.getModule().getDescriptor();
        if (descriptor != null && descriptor.rawVersion().isPresent()) {
            return descriptor.rawVersion().get();
        }
        Package p = annotation.getPackage();
        if (p != null && p.getImplementationVersion() != null) {
            return p.getImplementationVersion();
        }
        try (InputStream in = annotation.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version");
            }
        } catch (IOException | IllegalArgumentException e) {
            // The version only helps the message; without it the message still names the fix.
        }
        return null;
    }
}
