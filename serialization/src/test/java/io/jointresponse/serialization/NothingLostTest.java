package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.Generators;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
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

    private static final List<String> FIXTURES = List.of("agreement", "annualReport", "arrestPublication",
            "divisionReport", "evidenceRequest", "incidentReport", "jc3Liaison", "nationalCompilation", "notice",
            "occurrencePublication", "onwardShare", "preventionRelease");

    private static final List<Function<Generators, Object>> KINDS = List.of(
            Generators::agreement, Generators::incidentReport, Generators::evidenceRequest,
            Generators::preventionRelease, Generators::disclosureDecision, Generators::onwardShare,
            Generators::rawOnwardShare, Generators::divisionReport, Generators::jc3Liaison,
            Generators::annualReport, Generators::nationalCompilation, Generators::notice);

    private static final long BASE_SEED = 0x5EED_2026L;

    private static JsonNode tree(byte[] json) {
        return MAPPER.readTree(json);
    }

    private static void assertRoundTrip(String what, byte[] json) {
        ReadResult<Object> read = STRICT.read(json);
        assertThat(read.isValid()).as("%s reads: %s", what, read.findings()).isTrue();
        Object document = read.document().orElseThrow();
        byte[] written = STRICT.write(document);
        assertThat(tree(written)).as("%s: JSON → object → JSON", what).isEqualTo(tree(json));
        assertThat(STRICT.read(written).document()).as("%s: object → JSON → object", what).contains(document);
    }

    @Test
    void everyValidFixtureRoundTrips() {
        for (String kind : FIXTURES) {
            assertRoundTrip(kind, FixtureFiles.read("payloads/valid/" + kind + ".json"));
        }
    }

    @Test
    void tenThousandGeneratedDocumentsRoundTrip() {
        for (int i = 0; i < 10_000; i++) {
            long seed = BASE_SEED + i;
            Object document = KINDS.get(i % KINDS.size()).apply(new Generators(seed));
            String what = "seed " + seed + " (new Generators(" + seed + "), kind " + (i % KINDS.size()) + ")";
            byte[] json = STRICT.write(document);
            ReadResult<Object> read = STRICT.read(json);
            assertThat(read.document()).as("%s: object → JSON → object; %s", what, read.findings()).contains(document);
            assertThat(tree(STRICT.write(read.document().orElseThrow()))).as("%s: JSON → object → JSON", what).isEqualTo(tree(json));
        }
    }

    @Test
    void lenientReadThenWriteKeepsUnknownPropertiesAtTopLevelAndNested() {
        for (String kind : FIXTURES) {
            ObjectNode tree = (ObjectNode) tree(FixtureFiles.read("payloads/valid/" + kind + ".json"));
            tree.put("extraTop", "kept");
            tree.putObject("extraObject").put("a", 1).putArray("b").add(true).add("x");
            int nested = 0;
            for (String name : List.copyOf(tree.propertyNames())) {
                JsonNode child = tree.get(name);
                if (child instanceof ObjectNode o && !name.startsWith("extra") && !kind.equals("annualReport")) {
                    o.put("extraNested", 42);
                    nested++;
                } else if (child.isArray() && !child.isEmpty() && child.get(0) instanceof ObjectNode o) {
                    o.put("extraInArray", "kept too");
                    nested++;
                }
            }
            byte[] json = tree.toString().getBytes(StandardCharsets.UTF_8);
            ReadResult<Object> read = KEEP.read(json);
            assertThat(read.document()).as(kind + " " + read.findings()).isPresent();
            assertThat(read.findings()).extracting(Finding::ruleId).containsOnly("SHAPE-UNKNOWN");
            assertThat(read.keptFields()).hasSize(2 + nested);
            assertThat(tree(KEEP.write(read))).as(kind).isEqualTo(tree);
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
            ReadResult<Object> read = json.read(wrong);
            assertThat(read.document()).as(parts[0]).isEmpty();
            assertThat(read.findings()).as(parts[0]).anyMatch(Finding::isError);
        }
    }

    @Test
    void trailingCommaInArrayIsAFinding() {
        String valid = new String(FixtureFiles.read("payloads/valid/agreement.json"), StandardCharsets.UTF_8);
        String wrong = valid.replaceFirst("\\]", ",]");
        assertThat(wrong).isNotEqualTo(valid);
        ReadResult<Object> read = KEEP.read(wrong);
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
