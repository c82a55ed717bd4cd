package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.internal.MixInRegistry;
import io.jointresponse.serialization.internal.WireMapper;
import io.jointresponse.serialization.internal.WireModel;
import io.jointresponse.serialization.internal.WireReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A strict read binds a well-formed payload straight from its bytes and walks the tree only when
 * that fails. The two ways must agree: on every payload, the direct reader and a reader that walks
 * everything give the same document (or none) and the same findings. The payloads are the samples,
 * the bundled fixtures and seeded documents, each also mutated at every place in every way that
 * matters to the wire format: nulls, other JSON types, numbers out of range, lenient dates,
 * repeated set elements, unknown and missing properties, a moved envelope.
 */
class DirectReadTest {

    private static final MixInRegistry REGISTRY = MixInRegistry.standard();
    private static final JsonMapper MAPPER = WireMapper.create(REGISTRY);
    private static final WireReader DIRECT = new WireReader(MAPPER, () -> WireModel.introspect(MAPPER, REGISTRY), true);
    private static final WireReader WALKED = new WireReader(MAPPER, () -> WireModel.introspect(MAPPER, REGISTRY), false);
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values put in place of every value of a payload. */
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.nullNode(), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(2_147_483_648L),
            NODES.numberNode(1.5), NODES.numberNode(1.0), NODES.booleanNode(true), NODES.stringNode(""),
            NODES.stringNode("x"), NODES.stringNode("1"), NODES.stringNode("true"),
            NODES.stringNode("2024-04-01"), NODES.stringNode("2024-02-30"), NODES.stringNode("+2024-04-01"),
            NODES.stringNode("2024-04-01T10:15:30+09:00"), NODES.stringNode("2024-04-01T10:15:30Z"),
            NODES.stringNode("2024-04-01T10:15:30.123456789-05:30"), NODES.stringNode("2024-04-01T10:15:30.1234567891Z"),
            NODES.stringNode("2024-04-01T10:15+09:00"), NODES.stringNode("2024-04-01T10:15:30"),
            NODES.stringNode("2024-04-01T24:00:00+09:00"), NODES.stringNode("2024-04-01T10:15:30+19:00"),
            NODES.stringNode("2024-04-01T10:15:30+09:00:00"), NODES.stringNode("2024-04-01T10:15:30+0900"),
            NODES.stringNode("2024-04-01T10:15:30.+09:00"), NODES.stringNode("2024-04-01t10:15:30z"),
            NODES.stringNode("ISP"), NODES.stringNode("isp"), NODES.stringNode("TOKYO"), NODES.stringNode("13"),
            NODES.arrayNode(), NODES.arrayNode().add("x"), NODES.arrayNode().addNull(), NODES.objectNode(),
            NODES.objectNode().put("x", 1));

    static Stream<Arguments> payloads() {
        List<Arguments> payloads = new ArrayList<>();
        JointResponseJson json = JointResponseJson.strict();
        for (Document document : Samples.all()) {
            payloads.add(payload("sample " + document.getClass().getSimpleName(), json.write(document)));
        }
        for (JsonNode entry : PLAIN.readTree(FixtureFiles.manifest())) {
            String file = entry.get("file").stringValue();
            payloads.add(payload(file, FixtureFiles.read(file)));
        }
        Generators generators = new Generators(7);
        for (int i = 0; i < 3; i++) {
            payloads.add(payload("seed 7 incident report " + i, json.write(generators.incidentReport())));
            payloads.add(payload("seed 7 division report " + i, json.write(generators.divisionReport())));
            payloads.add(payload("seed 7 notice " + i, json.write(generators.notice())));
        }
        return payloads.stream();
    }

    private static Arguments payload(String name, byte[] bytes) {
        return Arguments.of(Named.of(name, bytes));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void bothWaysAgreeOnThePayloadAndEveryMutationOfIt(byte[] payload) {
        assertAgree(payload, null);
        assertAgree(payload, DocumentKind.INCIDENT_REPORT);
        JsonNode tree;
        try {
            tree = PLAIN.readTree(payload);
        } catch (JacksonException e) {
            return; // Not JSON: nothing to mutate.
        }
        if (!tree.isObject()) {
            return;
        }
        int[] mutations = {0};
        mutate(tree, tree, copy -> {
            assertAgree(PLAIN.writeValueAsBytes(copy), null);
            mutations[0]++;
        });
        assertThat(mutations[0]).as("mutations tried").isGreaterThan(REPLACEMENTS.size());
    }

    @Test
    void theDirectWayReadsWellFormedPayloadsWithoutFindings() {
        byte[] payload = JointResponseJson.strict().write(Samples.fullIncidentReport());
        WireReader.Outcome outcome = DIRECT.read(payload, null, null, ReaderOptions.strict());
        assertThat(outcome.findings).isEmpty();
        assertThat(outcome.tree).as("no tree was built").isNull();
        assertThat(outcome.source).isEqualTo(payload).isNotSameAs(payload);
        assertThat(JointResponseJson.strict().read(payload).tree()).contains(PLAIN.readTree(payload));
    }

    @Test
    void bothWaysAgreeOnTextualProblemsNoTreeShows() {
        String valid = new String(JointResponseJson.strict().write(Samples.fullIncidentReport()), StandardCharsets.UTF_8);
        String body = valid.substring(valid.indexOf(",\"kind\""));
        List<String> variants = List.of(
                valid + " {}",
                valid + "]",
                valid.replace("{\"schemaVersion\":\"1.0\",", "{\"schemaVersion\":\"1.0\",\"schemaVersion\":\"1.0\","),
                valid.substring(0, valid.length() - 1) + ",\"summary\":\"again\"}",
                valid.substring(0, valid.length() - 1) + ",\"kind\":\"incidentReport\"}",
                "{\"schemaVersion\":\"1.0\"" + body.replace("\"kind\":\"incidentReport\"", "\"kind\":\"agreement\""),
                "{\"schemaVersion\":\"1.1\"" + body,
                "{\"schemaVersion\":1.0" + body,
                "{\"kind\":\"incidentReport\"," + valid.substring(1).replace(",\"kind\":\"incidentReport\"", ""),
                "{\"schemaVersion\":\"1.0\",\"kind\":\"incidentReport\"}",
                "{\"schemaVersion\":\"1.0\",\"kind\":\"incidentReport\"",
                valid.substring(0, valid.length() - 1));
        for (String variant : variants) {
            assertAgree(variant.getBytes(StandardCharsets.UTF_8), null);
            assertAgree(variant.getBytes(StandardCharsets.UTF_8), DocumentKind.INCIDENT_REPORT);
        }
    }

    /** Calls the consumer with a changed copy of the root for every change at every place under a node. */
    private static void mutate(JsonNode root, JsonNode node, Consumer<JsonNode> check) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>(object.propertyNames());
            for (String name : names) {
                JsonNode original = object.get(name);
                object.remove(name);
                check.accept(root.deepCopy());
                object.set(name, original);
                reorder(object, names);
                // Setting an existing property keeps its place, so the envelope stays first.
                for (JsonNode replacement : replacements(original)) {
                    object.set(name, replacement);
                    check.accept(root.deepCopy());
                }
                object.set(name, original);
                mutate(root, original, check);
            }
            object.put("unknownProperty", 1);
            check.accept(root.deepCopy());
            object.remove("unknownProperty");
            if (object == root && names.size() >= 2) {
                // The envelope out of its place.
                List<String> moved = new ArrayList<>(names);
                moved.add(moved.remove(0));
                reorder(object, moved);
                check.accept(root.deepCopy());
                reorder(object, names);
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            if (array.size() > 0) {
                array.add(array.get(0).deepCopy());
                check.accept(root.deepCopy());
                array.remove(array.size() - 1);
                array.addNull();
                check.accept(root.deepCopy());
                array.remove(array.size() - 1);
                for (int i = 0; i < array.size(); i++) {
                    JsonNode original = array.get(i);
                    for (JsonNode replacement : replacements(original)) {
                        array.set(i, replacement);
                        check.accept(root.deepCopy());
                    }
                    array.set(i, original);
                    mutate(root, original, check);
                }
            }
        }
    }

    /** Every replacement, and for a string its near misses: padded, in other case, cut short. */
    private static List<JsonNode> replacements(JsonNode original) {
        if (!original.isString() || original.stringValue().isEmpty()) {
            return REPLACEMENTS;
        }
        String text = original.stringValue();
        List<JsonNode> all = new ArrayList<>(REPLACEMENTS);
        for (String variant : List.of(" " + text, text + " ", "\t" + text, text + "\n", text.toLowerCase(java.util.Locale.ROOT),
                text.substring(0, text.length() - 1), text + "0")) {
            all.add(NODES.stringNode(variant));
        }
        return all;
    }

    private static void reorder(ObjectNode object, List<String> order) {
        Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
        for (String name : order) {
            values.put(name, object.get(name));
        }
        object.removeAll();
        values.forEach(object::set);
    }

    private static void assertAgree(byte[] payload, DocumentKind expected) {
        WireReader.Outcome direct = DIRECT.read(payload, expected, null, ReaderOptions.strict());
        WireReader.Outcome walked = WALKED.read(payload, expected, null, ReaderOptions.strict());
        String text = new String(payload, StandardCharsets.UTF_8);
        assertThat(direct.document).as("document of %s", text).isEqualTo(walked.document);
        assertThat(direct.kind).as("kind of %s", text).isEqualTo(walked.kind);
        assertThat(direct.findings).as("findings of %s", text).isEqualTo(walked.findings);
        String envelope = "{\"schemaVersion\":\"1.0\",\"kind\":";
        if (walked.document != null && text.startsWith(envelope)) {
            // Every valid payload with the envelope first takes the direct way (else it is correct but slow).
            assertThat(direct.tree).as("tree built for the valid %s", text).isNull();
        }
    }
}
