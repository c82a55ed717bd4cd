package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.Document;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.fixtures.FixtureFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON fixtures shipped in the fixtures module are the wire form of
 * {@link CanonicalFixtures}, read back to equal objects, and write back to semantically equal JSON.
 */
class CanonicalJsonFixturesTest {

    /** The command that rewrites the committed JSON fixtures from the Java ones. */
    static final String REGENERATE = "./mvnw -B -pl serialization -am test -Dtest=CanonicalJsonFixturesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Djointresponse.fixtures.write=true";

    private static final Path DIR = Path.of("../fixtures/src/main/resources/io/jointresponse/fixtures/payloads/valid");
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JointResponseJson JSON = JointResponseJson.strict();

    /** @return the file name under payloads/valid of every canonical document, with the document */
    static Map<String, Document> canonical() {
        Map<String, Document> byFile = new LinkedHashMap<>();
        for (Document document : CanonicalFixtures.documents()) {
            String path = FixtureFiles.validPayload(document);
            byFile.put(path.substring(path.lastIndexOf('/') + 1), document);
        }
        // The second agreement, whose condition the payload of INC-005 needs.
        byFile.put("agreement-data-centre-with-conditions.json", CanonicalFixtures.dataCentreAgreement());
        return byFile;
    }

    static Stream<String> files() {
        return canonical().keySet().stream();
    }

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("jointresponse.fixtures.write")) {
            Files.createDirectories(DIR);
            for (Map.Entry<String, Document> e : canonical().entrySet()) {
                Files.writeString(DIR.resolve(e.getKey()), PRETTY.writeValueAsString(JSON.writeTree(e.getValue())) + "\n", StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void committedFilesAreTheWireFormOfTheJavaFixtures() throws IOException {
        List<String> drifted = new ArrayList<>();
        for (Map.Entry<String, Document> e : canonical().entrySet()) {
            Path file = DIR.resolve(e.getKey());
            if (!Files.exists(file) || !PRETTY.readTree(Files.readString(file, StandardCharsets.UTF_8)).equals(JSON.writeTree(e.getValue()))) {
                drifted.add(e.getKey());
            }
        }
        assertThat(drifted).as("JSON fixtures that differ from CanonicalFixtures; regenerate with: " + REGENERATE).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsToTheJavaFixtureWithoutFindings(String file) {
        ReadResult<Document> result = JSON.read(FixtureFiles.read("payloads/valid/" + file));
        assertThat(result.findings()).isEmpty();
        assertThat(result.document()).contains(canonical().get(file));
    }

    @ParameterizedTest
    @MethodSource("files")
    void writesBackToSemanticallyEqualJson(String file) {
        byte[] bytes = FixtureFiles.read("payloads/valid/" + file);
        JsonNode original = PRETTY.readTree(bytes);
        JsonNode rewritten = PRETTY.readTree(JSON.write(JSON.read(bytes).document().orElseThrow()));
        assertThat(rewritten).isEqualTo(original);
    }
}
