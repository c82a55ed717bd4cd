package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.internal.SchemaGeneration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed JSON Schemas: they match what the model generates, they are strict, and the
 * documents the writer produces validate against them.
 */
class SchemaTest {

    /** The command that rewrites the committed schemas from the model. */
    static final String REGENERATE = "./mvnw -B -pl serialization -am test -Dtest=SchemaTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Djointresponse.schemas.write=true";

    private static final Path DIR = Path.of("src/main/resources/io/jointresponse/serialization/schema");
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static Map<DocumentKind, String> generated;

    @BeforeAll
    static void generate() throws IOException {
        generated = new SchemaGeneration().generateAll();
        if (Boolean.getBoolean("jointresponse.schemas.write")) {
            Files.createDirectories(DIR);
            for (Map.Entry<DocumentKind, String> e : generated.entrySet()) {
                Files.writeString(DIR.resolve(e.getKey().schemaFileName()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void committedSchemasMatchTheModel() throws IOException {
        List<String> drifted = new ArrayList<>();
        for (Map.Entry<DocumentKind, String> e : generated.entrySet()) {
            Path file = DIR.resolve(e.getKey().schemaFileName());
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                drifted.add(file.getFileName().toString());
            }
        }
        if (!drifted.isEmpty()) {
            fail("The committed JSON Schemas differ from what the model generates: " + drifted
                    + ". If the change to the wire format is intended, regenerate them with\n  " + REGENERATE
                    + "\nand commit the result.");
        }
    }

    @Test
    void noOtherSchemaIsCommitted() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            TreeSet<String> committed = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            TreeSet<String> expected = generated.keySet().stream().map(DocumentKind::schemaFileName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(committed).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theFacadeServesTheCommittedSchema(DocumentKind kind) {
        // When rewriting, the resources on the class path are still the old ones.
        assumeFalse(Boolean.getBoolean("jointresponse.schemas.write"));
        assertThat(JointResponseJson.schema(kind)).isEqualTo(generated.get(kind));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void schemaIsDraft202012WithTheEnvelopeAndNoAdditionalProperties(DocumentKind kind) {
        JsonNode schema = PLAIN.readTree(generated.get(kind));
        assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<JsonNode> documents = new ArrayList<>();
        if (schema.has("anyOf")) {
            schema.get("anyOf").forEach(ref -> documents.add(schema.at(ref.get("$ref").stringValue().substring(1))));
        } else {
            documents.add(schema);
        }
        for (JsonNode document : documents) {
            assertThat(document.at("/properties/schemaVersion/const").stringValue()).isEqualTo(JointResponseJson.SCHEMA_VERSION);
            assertThat(document.at("/properties/kind/const").stringValue()).isEqualTo(kind.wireName());
            List<String> names = new ArrayList<>(document.get("properties").propertyNames());
            assertThat(names.subList(0, 2)).containsExactly("schemaVersion", "kind");
            assertThat(document.get("required").valueStream().map(JsonNode::stringValue)).contains("schemaVersion", "kind");
        }
        for (JsonNode object : objects(schema)) {
            assertThat(object.get("additionalProperties").isBoolean() && !object.get("additionalProperties").booleanValue())
                    .as("additionalProperties of %s", object).isTrue();
        }
    }

    @Test
    void schemasListEnumsFormatsSetsAndEnumKeys() {
        JsonNode agreement = PLAIN.readTree(generated.get(DocumentKind.AGREEMENT));
        assertThat(agreement.at("/$defs/Sector/enum").valueStream().map(JsonNode::stringValue))
                .containsExactly("FINANCIAL_INSTITUTION", "CRYPTO_ASSET_EXCHANGE", "DATA_CENTRE", "ONLINE_SHOP", "OTHER");
        assertThat(agreement.at("/properties/concludedOn/format").stringValue()).isEqualTo("date");
        assertThat(agreement.at("/properties/amendedOn/items/format").stringValue()).isEqualTo("date");
        assertThat(agreement.at("/properties/isInForceOn").isMissingNode()).isTrue();
        assertThat(agreement.at("/properties/reportableCrimeTypes").isMissingNode()).isTrue();
        assertThat(agreement.at("/$defs/Partner/properties/hasVendorCounterpart").isMissingNode()).isTrue();
        JsonNode incident = PLAIN.readTree(generated.get(DocumentKind.INCIDENT_REPORT));
        assertThat(incident.at("/properties/occurredAt/format").stringValue()).isEqualTo("date-time");
        assertThat(incident.at("/properties/sharedWith/uniqueItems").booleanValue()).isTrue();
        assertThat(incident.at("/properties/crimeTypes/uniqueItems").isMissingNode()).isTrue();
        JsonNode annual = PLAIN.readTree(generated.get(DocumentKind.ANNUAL_REPORT));
        String mapRef = annual.at("/properties/inForceBySector/$ref").stringValue();
        assertThat(annual.at(mapRef.substring(1) + "/propertyNames/enum").size()).isEqualTo(5);
        JsonNode compilation = PLAIN.readTree(generated.get(DocumentKind.NATIONAL_COMPILATION));
        assertThat(compilation.at("/properties/inForceTotal").isMissingNode()).isTrue();
        assertThat(compilation.at("/properties/inForceBySector").isMissingNode()).isTrue();
        assertThat(compilation.at("/$defs/AnnualReport/properties/kind").isMissingNode())
                .as("a nested annual report carries no envelope").isTrue();
    }

    static Stream<Document> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyWrittenDocumentValidatesAgainstItsSchema(Document document) {
        JointResponseJson json = JointResponseJson.strict();
        DocumentKind kind = DocumentKind.of(document);
        assertThat(validate(kind, json.writeString(document))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.jointresponse.serialization.CanonicalJsonFixturesTest#files")
    void everyCommittedJsonFixtureValidatesAgainstItsSchema(String file) {
        String text = new String(FixtureFiles.read("payloads/valid/" + file), java.nio.charset.StandardCharsets.UTF_8);
        DocumentKind kind = DocumentKind.ofWireName(PLAIN.readTree(text).get("kind").stringValue()).orElseThrow();
        assertThat(validate(kind, text)).as(file).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() {
        JointResponseJson json = JointResponseJson.strict();
        ObjectNode unknown = json.writeTree(Samples.minimalAgreement());
        ((ObjectNode) unknown.get("partner")).put("nickname", "x");
        assertThat(validate(DocumentKind.AGREEMENT, unknown.toString())).isNotEmpty();

        ObjectNode missing = json.writeTree(Samples.minimalAgreement());
        missing.remove("status");
        assertThat(validate(DocumentKind.AGREEMENT, missing.toString())).isNotEmpty();

        ObjectNode nullOptional = json.writeTree(Samples.minimalAgreement());
        nullOptional.putNull("concludedOn");
        assertThat(validate(DocumentKind.AGREEMENT, nullOptional.toString())).isNotEmpty();

        ObjectNode badType = json.writeTree(Samples.minimalOccurrencePublication());
        badType.put("type", "java.lang.ProcessBuilder");
        assertThat(validate(DocumentKind.DISCLOSURE_DECISION, badType.toString())).isNotEmpty();

        ObjectNode badKey = json.writeTree(Samples.fullAnnualReport());
        ((ObjectNode) badKey.get("inForceBySector")).put("BANKS", 1);
        assertThat(validate(DocumentKind.ANNUAL_REPORT, badKey.toString())).isNotEmpty();

        ObjectNode wrongVersion = json.writeTree(Samples.minimalAgreement());
        wrongVersion.put("schemaVersion", "2.0");
        assertThat(validate(DocumentKind.AGREEMENT, wrongVersion.toString())).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.jointresponse.serialization.GeneratedRoundTripTest#kinds")
    void seededDocumentsValidateAgainstTheirSchema(Function<Generators, Document> draw) {
        JointResponseJson json = JointResponseJson.strict();
        for (long seed = 0; seed < 100; seed++) {
            Document document = draw.apply(new Generators(seed));
            DocumentKind kind = DocumentKind.of(document);
            assertThat(validate(kind, json.writeString(document))).as("seed %d", seed).isEmpty();
        }
    }

    private static final Map<DocumentKind, Schema> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Error> validate(DocumentKind kind, String document) {
        Schema schema = COMPILED.computeIfAbsent(kind,
                k -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(generated.get(k)));
        return schema.validate(PLAIN.readTree(document));
    }

    /** Every subschema that describes an object with properties. */
    private static List<JsonNode> objects(JsonNode schema) {
        List<JsonNode> found = new ArrayList<>();
        collect(schema, found);
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node.isObject()) {
            if (node.has("properties")) {
                found.add(node);
            }
            node.forEach(child -> collect(child, found));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        }
    }
}
