package io.jointresponse.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.serialization.JointResponseJson;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-up check of jackson-annotations: it passes with the version the build manages, and with
 * the older one Spring Boot 3.5 manages the library fails at once with a message naming the fix,
 * where without the check the first write failed with a NoClassDefFoundError inside Jackson.
 */
class JacksonAnnotationsCheckTest {

    /** jackson-annotations 2.21, copied by the build (maven-dependency-plugin) and on no class path. */
    private static final Path OLD_ANNOTATIONS = Path.of("target/old-jackson-annotations/jackson-annotations-old.jar");

    @Test
    void passesWithTheAnnotationsTheBuildManages() {
        assertThat(JacksonAnnotationsCheck.problem(JsonProperty.class)).isNull();
        assertThatCode(JacksonAnnotationsCheck::verify).doesNotThrowAnyException();
    }

    @Test
    void namesTheVersionFoundAndTheDependencyToPinWhenTheAnnotationsAreOlder() throws Exception {
        assertThat(OLD_ANNOTATIONS).exists();
        try (URLClassLoader old = new URLClassLoader(new URL[] {OLD_ANNOTATIONS.toUri().toURL()}, null)) {
            Class<?> oldJsonProperty = Class.forName(JsonProperty.class.getName(), false, old);

            String problem = JacksonAnnotationsCheck.problem(oldJsonProperty);

            assertThat(problem)
                    .contains("version 2.21")
                    .contains(OLD_ANNOTATIONS.getFileName().toString())
                    .contains("Pin com.fasterxml.jackson.core:jackson-annotations:" + JacksonAnnotationsCheck.REQUIRED_VERSION)
                    .contains("import io.jointresponse:jointresponse-bom before")
                    .contains(JacksonAnnotationsCheck.MARKER);
        }
    }

    @Test
    void theLibraryOnOlderAnnotationsFailsAtOnceWithTheFixNeverInsideAWrite() throws Exception {
        Run old = probe(OLD_ANNOTATIONS);

        assertThat(old.output)
                .contains("java.lang.IllegalStateException: The jackson-annotations on the class path (version 2.21")
                .contains("Pin com.fasterxml.jackson.core:jackson-annotations:" + JacksonAnnotationsCheck.REQUIRED_VERSION)
                .doesNotContain("NoClassDefFoundError")
                .doesNotContain("wrote");
        assertThat(old.exitCode).isEqualTo(3);
    }

    @Test
    void theSameProbeWritesWithTheManagedAnnotations() throws Exception {
        Run current = probe(location(JsonProperty.class));

        assertThat(current.output).startsWith("wrote {\"schemaVersion\":\"1.0\",\"kind\":\"agreement\"");
        assertThat(current.exitCode).isZero();
    }

    @Test
    void theRequiredVersionIsTheOneJacksonAndTheBomName() throws IOException {
        assertThat(JacksonAnnotationsCheck.version(JsonProperty.class)).isEqualTo(JacksonAnnotationsCheck.REQUIRED_VERSION);

        String bom = Files.readString(Path.of("../bom/pom.xml"), StandardCharsets.UTF_8);
        Matcher managed = Pattern.compile("<jackson-annotations.version>([^<]+)</jackson-annotations.version>").matcher(bom);
        assertThat(managed.find()).as("bom/pom.xml defines jackson-annotations.version").isTrue();
        assertThat(managed.group(1)).isEqualTo(JacksonAnnotationsCheck.REQUIRED_VERSION);

        // The marker is only meaningful while databind uses it.
        try (InputStream in = JsonMapper.class.getModule()
                .getResourceAsStream("tools/jackson/databind/introspect/JacksonAnnotationIntrospector.class")) {
            assertThat(in).isNotNull();
            String classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(classFile).contains(JacksonAnnotationsCheck.MARKER.replace('.', '/'));
        }
    }

    /** Main of the child JVM: the first thing an application does, writing a document. */
    static final class Probe {
        public static void main(String[] args) {
            try {
                Agreement agreement = CanonicalFixtures.agreement();
                String json = JointResponseJson.strict().writeString(agreement);
                System.out.println("wrote " + json);
            } catch (Throwable t) {
                System.out.println(t);
                System.exit(3);
            }
        }
    }

    private record Run(int exitCode, String output) {}

    /** Runs {@link Probe} in a JVM whose class path has the library, Jackson 3 and these annotations. */
    private static Run probe(Path annotations) throws IOException, InterruptedException, URISyntaxException {
        List<String> classPath = new ArrayList<>();
        for (Class<?> c : List.of(JointResponseJson.class, Agreement.class, CanonicalFixtures.class, JsonMapper.class,
                JsonParser.class, JacksonAnnotationsCheckTest.class)) {
            classPath.add(location(c).toString());
        }
        classPath.add(annotations.toAbsolutePath().toString());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), Probe.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Path location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
