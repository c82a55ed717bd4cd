package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.Generators;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing is lost and nothing is repaired: lenient reading keeps unknown properties for the
 * write-back, every valid fixture and 10,000 seeded generated documents round-trip exactly, and
 * input that is wrong is a finding, never a silently fixed document.
 */
class NothingLostTest {

    private static final JointResponseJson STRICT = JointResponseJson.strict();
    private static final JointResponseJson KEEP = JointResponseJson.create(ReaderOptions.lenient(UnknownFieldPolicy.KEEP));
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final DocumentKind[] KINDS = DocumentKind.values();

    private static final long BASE_SEED = 0x5EED_2026L;

    private static JsonNode tree(byte[] json) {
        return MAPPER.readTree(json);
    }

    private static void assertRoundTrip(String what, byte[] json) {
        ReadResult<Document> read = STRICT.read(json);
        assertThat(read.isValid()).as("%s reads: %s", what, read.findings()).isTrue();
        Document document = read.document().orElseThrow();
        byte[] written = STRICT.write(document);
        assertThat(tree(written)).as("%s: JSON → object → JSON", what).isEqualTo(tree(json));
        assertThat(STRICT.read(written).document()).as("%s: object → JSON → object", what).contains(document);
    }

    @Test
    void everyValidFixtureRoundTrips() {
        for (String file : FixtureFiles.validPayloads()) {
            assertRoundTrip(file, FixtureFiles.read(file));
        }
    }

    @Test
    void tenThousandGeneratedDocumentsRoundTrip() {
        for (int i = 0; i < 10_000; i++) {
            long seed = BASE_SEED + i;
            // Every kind in turn, and then the share that still carries classified data.
            int k = i % (KINDS.length + 1);
            Generators generators = new Generators(seed);
            Document document = k < KINDS.length ? generators.document(KINDS[k]) : generators.rawOnwardShare();
            String what = "seed " + seed + " (new Generators(" + seed + "), " + (k < KINDS.length ? KINDS[k] : "raw share") + ")";
            byte[] json = STRICT.write(document);
            ReadResult<Document> read = STRICT.read(json);
            assertThat(read.document()).as("%s: object → JSON → object; %s", what, read.findings()).contains(document);
            assertThat(tree(STRICT.write(read.document().orElseThrow()))).as("%s: JSON → object → JSON", what).isEqualTo(tree(json));
        }
    }

    @Test
    void lenientReadThenWriteKeepsUnknownPropertiesAtTopLevelAndNested() {
        for (String file : FixtureFiles.validPayloads()) {
            ObjectNode tree = (ObjectNode) tree(FixtureFiles.read(file));
            tree.put("extraTop", "kept");
            tree.putObject("extraObject").put("a", 1).putArray("b").add(true).add("x");
            int nested = 0;
            for (String name : List.copyOf(tree.propertyNames())) {
                JsonNode child = tree.get(name);
                if (child instanceof ObjectNode o && !name.startsWith("extra") && !file.endsWith("/annualReport.json")) {
                    o.put("extraNested", 42);
                    nested++;
                } else if (child.isArray() && !child.isEmpty() && child.get(0) instanceof ObjectNode o) {
                    o.put("extraInArray", "kept too");
                    nested++;
                }
            }
            byte[] json = tree.toString().getBytes(StandardCharsets.UTF_8);
            ReadResult<Document> read = KEEP.read(json);
            assertThat(read.document()).as(file + " " + read.findings()).isPresent();
            assertThat(read.findings()).extracting(Finding::ruleId).containsOnly("SHAPE-UNKNOWN");
            assertThat(read.keptFields()).hasSize(2 + nested);
            assertThat(tree(KEEP.write(read))).as(file).isEqualTo(tree);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "duplicate key|\"inForceTotal\":23,|\"inForceTotal\":23,\"inForceTotal\":23,",
        "duplicate key, other value|\"inForceTotal\":23,|\"inForceTotal\":23,\"inForceTotal\":24,",
        "float for an int|\"inForceTotal\":23,|\"inForceTotal\":23.0,",
        "exponent for an int|\"inForceTotal\":23,|\"inForceTotal\":2.3e1,",
        "string for a number|\"inForceTotal\":23,|\"inForceTotal\":\"23\",",
        "boolean for a number|\"inForceTotal\":23,|\"inForceTotal\":true,",
        "null for a number|\"inForceTotal\":23,|\"inForceTotal\":null,",
        "trailing comma in object|\"inForceTotal\":23,|\"inForceTotal\":23,,",
        "leading zero|\"inForceTotal\":23,|\"inForceTotal\":023,",
        "lower-case enum|\"TOKYO\"|\"tokyo\"",
        "number for an enum|\"TOKYO\"|13",
    })
    void wrongInputIsAFindingNeverARepairedDocument(String change) {
        String[] parts = change.split("\\|");
        String valid = sortedAnnualReport();
        assertThat(valid).contains(parts[1]);
        String wrong = valid.replaceFirst(java.util.regex.Pattern.quote(parts[1]), java.util.regex.Matcher.quoteReplacement(parts[2]));
        for (JointResponseJson json : List.of(STRICT, KEEP)) {
            ReadResult<Document> read = json.read(wrong);
            assertThat(read.document()).as(parts[0]).isEmpty();
            assertThat(read.findings()).as(parts[0]).anyMatch(Finding::isError);
        }
    }

    @Test
    void trailingCommaInArrayIsAFinding() {
        String valid = new String(FixtureFiles.read("payloads/valid/agreement.json"), StandardCharsets.UTF_8);
        String wrong = valid.replaceFirst("\\]", ",]");
        assertThat(wrong).isNotEqualTo(valid);
        ReadResult<Document> read = KEEP.read(wrong);
        assertThat(read.document()).isEmpty();
        assertThat(read.findings()).extracting(Finding::ruleId).containsExactly("JSON-SYNTAX");
    }

    /** The annual report fixture, with {@code "inForceTotal"} followed by another property. */
    private static String sortedAnnualReport() {
        ObjectNode tree = (ObjectNode) tree(FixtureFiles.read("payloads/valid/annualReport.json"));
        ObjectNode out = MAPPER.createObjectNode();
        out.set("inForceTotal", tree.get("inForceTotal"));
        tree.properties().forEach(e -> {
            if (!e.getKey().equals("inForceTotal")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out.toString();
    }
}
