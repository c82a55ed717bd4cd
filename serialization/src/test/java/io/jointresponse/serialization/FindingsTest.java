package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.incident.IncidentReport;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings of the reader: all structural problems in one pass, with pointers, in English,
 * never quoting the payload, and never an exception.
 */
class FindingsTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();
    private static final String MARKER = "MARKER-山田-0123456789";

    private static List<String> ids(ReadResult<?> read) {
        return read.findings().stream().map(f -> f.ruleId() + " " + f.pointer()).collect(Collectors.toList());
    }

    @Test
    void reportsAMissingAnUnknownAndAWrongTypeInOnePass() {
        ObjectNode tree = JSON.writeTree(Samples.fullAgreement());
        tree.remove("status");
        ((ObjectNode) tree.get("partner")).put("nickname", "x");
        ((ObjectNode) tree.get("reportableCrimes").get(0)).put("type", 7);

        ReadResult<Document> read = JSON.read(tree.toString());

        assertThat(read.document()).isEmpty();
        assertThat(read.kind()).contains(DocumentKind.AGREEMENT);
        assertThat(ids(read)).containsExactlyInAnyOrder(
                "SHAPE-UNKNOWN /partner/nickname", "SHAPE-TYPE /reportableCrimes/0/type", "SHAPE-MISSING /status");
        assertThat(read.findings()).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.clause()).isEqualTo("wire format");
        });
        assertThat(read.tree()).isPresent();
    }

    @Test
    void pointsIntoNestedObjectsAndArrays() {
        ObjectNode tree = JSON.writeTree(Samples.fullAgreement());
        ((ObjectNode) tree.get("partner")).put("sector", "BANKS");
        ((ObjectNode) tree.get("partner").get("securityVendors").get(1)).remove("kind");
        ((ObjectNode) tree.get("partner").get("contacts").get(0)).put("email", 1);
        ((ArrayNode) tree.get("reportableCrimes").get(1).get("reportItems")).add(false);
        ObjectNode weird = ((ObjectNode) tree.get("partner")).putObject("a/b~c");
        weird.put("x", 1);

        ReadResult<Document> read = JSON.read(tree.toString());

        assertThat(ids(read)).containsExactlyInAnyOrder(
                "SHAPE-TYPE /partner/sector",
                "SHAPE-MISSING /partner/securityVendors/1/kind",
                "SHAPE-TYPE /partner/contacts/0/email",
                "SHAPE-TYPE /reportableCrimes/1/reportItems/1",
                "SHAPE-UNKNOWN /partner/a~1b~0c");
        Finding sector = read.findings().stream().filter(f -> f.pointer().equals(JsonPointer.of("partner", "sector"))).findFirst().orElseThrow();
        assertThat(sector.message()).isEqualTo("expected one of FINANCIAL_INSTITUTION, CRYPTO_ASSET_EXCHANGE, DATA_CENTRE, ONLINE_SHOP, OTHER");
    }

    @Test
    void reportsASyntaxErrorOnceWithLineAndColumn() {
        String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"kind\": \"agreement\",\n  \"id\": \"A\" \"prefecture\": \"TOKYO\"\n}";
        ReadResult<Document> read = JSON.read(json);
        assertThat(read.findings()).hasSize(1);
        Finding f = read.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("JSON-SYNTAX");
        assertThat(f.pointer().isRoot()).isTrue();
        assertThat(f.message()).contains("line 4, column 13");
        assertThat(read.tree()).isEmpty();
        assertThat(read.kind()).isEmpty();
    }

    @Test
    void reportsTruncatedAndInvalidUtf8Payloads() {
        ReadResult<Document> truncated = JSON.read("{\"schemaVersion\": \"1.0\", \"kind\": \"agr");
        assertThat(ids(truncated)).containsExactly("JSON-SYNTAX ");
        assertThat(truncated.findings().get(0).message()).contains("line 1, column");

        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        ReadResult<Document> invalid = JSON.read(bad);
        assertThat(ids(invalid)).containsExactly("JSON-SYNTAX ");
        assertThat(invalid.findings().get(0).message()).contains("UTF-8");
    }

    @Test
    void neverLoadsAClassNamedByThePayload() {
        ObjectNode tree = JSON.writeTree(Samples.minimalOccurrencePublication());
        tree.put("type", "java.lang.ProcessBuilder");
        ReadResult<Document> byName = JSON.read(tree.toString());
        assertThat(ids(byName)).containsExactly("SHAPE-TYPE /type");
        assertThat(byName.findings().get(0).message()).isEqualTo("expected one of arrestPublication, occurrencePublication");

        ObjectNode withClass = JSON.writeTree(Samples.minimalOccurrencePublication());
        withClass.put("@class", "java.lang.ProcessBuilder");
        withClass.put("@type", "java.lang.Runtime");
        assertThat(ids(JSON.read(withClass.toString()))).containsExactly("SHAPE-UNKNOWN /@class", "SHAPE-UNKNOWN /@type");

        ObjectNode nested = JSON.writeTree(Samples.fullAgreement());
        ((ObjectNode) nested.get("partner")).put("@class", "java.lang.ProcessBuilder");
        assertThat(ids(JSON.read(nested.toString()))).containsExactly("SHAPE-UNKNOWN /partner/@class");

        ObjectNode missingType = JSON.writeTree(Samples.minimalArrestPublication());
        missingType.remove("type");
        assertThat(ids(JSON.read(missingType.toString()))).containsExactly("SHAPE-MISSING /type");
    }

    @Test
    void checksTheEnvelope() {
        ObjectNode noVersion = JSON.writeTree(Samples.minimalAgreement());
        noVersion.remove("schemaVersion");
        assertThat(ids(JSON.read(noVersion.toString()))).containsExactly("SHAPE-MISSING /schemaVersion");

        ObjectNode future = JSON.writeTree(Samples.minimalAgreement());
        future.put("schemaVersion", "2.0");
        ReadResult<Document> futureRead = JSON.read(future.toString());
        assertThat(ids(futureRead)).containsExactly("SHAPE-VERSION /schemaVersion");
        assertThat(futureRead.findings().get(0).message()).contains("\"1.0\"");

        ObjectNode numeric = JSON.writeTree(Samples.minimalAgreement());
        numeric.put("schemaVersion", 1.0);
        assertThat(ids(JSON.read(numeric.toString()))).containsExactly("SHAPE-TYPE /schemaVersion");

        ObjectNode noKind = JSON.writeTree(Samples.minimalAgreement());
        noKind.remove("kind");
        assertThat(ids(JSON.read(noKind.toString()))).containsExactly("SHAPE-MISSING /kind");

        ObjectNode unknownKind = JSON.writeTree(Samples.minimalAgreement());
        unknownKind.put("kind", "treaty");
        ReadResult<Document> unknownRead = JSON.read(unknownKind.toString());
        assertThat(ids(unknownRead)).containsExactly("SHAPE-KIND /kind");
        assertThat(unknownRead.findings().get(0).message()).contains("agreement", "nationalCompilation").doesNotContain("treaty");
    }

    @Test
    void aMissingKindIsReadAsTheKindAskedForSoEveryOtherProblemIsFoundToo() {
        ObjectNode tree = JSON.writeTree(Samples.minimalAgreement());
        tree.remove("kind");
        tree.remove("id");
        ReadResult<Agreement> read = JSON.read(tree.toString(), Agreement.class);
        assertThat(ids(read)).containsExactly("SHAPE-MISSING /kind", "SHAPE-MISSING /id");
        assertThat(read.kind()).contains(DocumentKind.AGREEMENT);
    }

    @Test
    void reportsAnotherKindThanTheOneAskedFor() {
        byte[] incident = JSON.write(Samples.minimalIncidentReport());
        ReadResult<Agreement> read = JSON.read(incident, Agreement.class);
        assertThat(ids(read)).containsExactly("SHAPE-KIND /kind");
        assertThat(read.findings().get(0).message()).isEqualTo("expected agreement");
        assertThat(read.kind()).contains(DocumentKind.INCIDENT_REPORT);

        ReadResult<ArrestPublication> other = JSON.read(JSON.write(Samples.minimalOccurrencePublication()), ArrestPublication.class);
        assertThat(ids(other)).containsExactly("SHAPE-KIND /type");

        ReadResult<DisclosureDecision> any = JSON.read(JSON.write(Samples.minimalArrestPublication()), DisclosureDecision.class);
        assertThat(any.document()).contains(Samples.minimalArrestPublication());
    }

    @Test
    void readsAndWritesDocumentsOnly() throws NoSuchMethodException {
        // Anything else does not compile: every method that takes a document or its type says so.
        for (Method m : JointResponseJson.class.getMethods()) {
            if (m.getName().startsWith("write")) {
                assertThat(m.getParameterTypes()[0]).as(m.toString()).isIn(Document.class, ReadResult.class);
            }
        }
        Method typed = JointResponseJson.class.getMethod("read", byte[].class, Class.class);
        assertThat(typed.getTypeParameters()[0].getBounds()).containsExactly(Document.class);
        assertThat(ReadResult.class.getTypeParameters()[0].getBounds()).containsExactly(Document.class);

        ReadResult<Document> any = JSON.read(JSON.write(Samples.minimalAgreement()), Document.class);
        assertThat(any.document()).contains(Samples.minimalAgreement());
        assertThat(any.kind()).contains(DocumentKind.AGREEMENT);
    }

    @Test
    void ruleChecksCanAddFindingsToAResult() {
        ReadResult<IncidentReport> read = JSON.read(JSON.write(Samples.minimalIncidentReport()), IncidentReport.class);
        Finding rule = Finding.of("INC-002", Severity.ERROR, JsonPointer.of("reportedAt"), "reported before detected", "A §3");
        ReadResult<IncidentReport> checked = read.withFindings(List.of(rule));
        assertThat(read.isValid()).isTrue();
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.findings()).containsExactly(rule);
        assertThat(checked.document()).isEqualTo(read.document());
        JsonNode tree = checked.tree().orElseThrow();
        assertThat(tree.at(rule.pointer().toString()).isString()).isTrue();
    }

    /** Every leaf of every sample, each replaced by a marker of the wrong type or a marker string. */
    static Stream<Object[]> plantedMarkers() {
        List<Object[]> cases = new ArrayList<>();
        for (Document document : Samples.all()) {
            ObjectNode tree = JSON.writeTree(document);
            for (String pointer : leaves(tree, "")) {
                cases.add(new Object[] {pointer, plant(tree, pointer, JsonNodeFactory.instance.stringNode(MARKER))});
                ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
                wrapped.put(MARKER, MARKER);
                cases.add(new Object[] {pointer, plant(tree, pointer, wrapped)});
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                array.add(MARKER);
                cases.add(new Object[] {pointer, plant(tree, pointer, array)});
            }
            ObjectNode unknown = tree.deepCopy();
            unknown.put(MARKER, MARKER);
            cases.add(new Object[] {"/" + MARKER, unknown.toString()});
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedMarkers")
    void neverEchoesAValueOfThePayload(String pointer, String json) {
        ReadResult<Document> read = JSON.read(json);
        for (Finding f : read.findings()) {
            assertThat(f.message()).as("message of %s", f.ruleId()).doesNotContain(MARKER).doesNotContain("山田");
        }
        if (read.findings().stream().noneMatch(f -> f.pointer().toString().contains(MARKER))) {
            assertThat(read.toString()).doesNotContain(MARKER);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedMarkers")
    void neverThrowsForAPlantedValue(String pointer, String json) {
        ReadResult<Document> read = JSON.read(json);
        assertThat(read.document().isPresent() || !read.findings().isEmpty()).isTrue();
    }

    @Test
    void neverEchoesASyntaxErrorsToken() {
        ReadResult<Document> read = JSON.read("{\"schemaVersion\":\"1.0\",\"kind\":" + MARKER + "}");
        assertThat(read.findings()).singleElement().satisfies(f -> assertThat(f.message()).doesNotContain("MARKER"));
    }

    private static List<String> leaves(JsonNode node, String at) {
        List<String> result = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                result.addAll(leaves(e.getValue(), at + "/" + e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                result.addAll(leaves(node.get(i), at + "/" + i));
            }
        } else {
            result.add(at);
        }
        return result;
    }

    private static String plant(ObjectNode tree, String pointer, JsonNode value) {
        ObjectNode copy = tree.deepCopy();
        JsonPointer p = JsonPointer.parse(pointer);
        List<String> tokens = p.tokens();
        JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
        String last = tokens.get(tokens.size() - 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy.toString();
    }
}
