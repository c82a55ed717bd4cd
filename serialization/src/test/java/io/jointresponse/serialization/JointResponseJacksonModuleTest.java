package io.jointresponse.serialization;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.Generators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An application's own Jackson 3 mapper with {@link JointResponseJacksonModule} reads and writes
 * exactly what {@link JointResponseJson} reads and writes, with the same strictness whatever the
 * mapper's own settings.
 */
class JointResponseJacksonModuleTest {

    private static final int SEEDS = 200;
    private static final JointResponseJson JSON = JointResponseJson.strict();
    /** What an application gets by adding the module to a mapper it builds with Jackson's defaults. */
    private static final JsonMapper HOST = JsonMapper.builder().addModule(new JointResponseJacksonModule()).build();
    /** An application mapper that accepts as much as Jackson lets it. */
    private static final JsonMapper LENIENT_HOST = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                            JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new JointResponseJacksonModule())
            .build();

    static Stream<Document> canonicalDocuments() {
        return CanonicalJsonFixturesTest.canonical().values().stream();
    }

    @ParameterizedTest
    @MethodSource("canonicalDocuments")
    void writesEveryCanonicalDocumentToTheSameBytes(Document document) {
        assertThat(HOST.writeValueAsBytes(document)).isEqualTo(JSON.write(document));
        assertThat(HOST.writeValueAsString(document)).isEqualTo(JSON.writeString(document));
        assertThat(HOST.writerFor(kindOf(document).type()).writeValueAsBytes(document)).isEqualTo(JSON.write(document));
    }

    @ParameterizedTest
    @MethodSource("canonicalDocuments")
    void readsEveryCanonicalDocumentToTheSameObject(Document document) {
        byte[] bytes = JSON.write(document);
        assertThat(HOST.readValue(bytes, kindOf(document).type())).isEqualTo(document);
        assertThat(HOST.readValue(bytes, document.getClass())).isEqualTo(document);
        assertThat(LENIENT_HOST.readValue(bytes, kindOf(document).type())).isEqualTo(document);
    }

    @ParameterizedTest
    @MethodSource("io.jointresponse.serialization.GeneratedRoundTripTest#kinds")
    void seededDocumentsOfEveryKindWriteAndReadLikeTheWireFormat(Function<Generators, Document> draw) {
        for (long seed = 0; seed < SEEDS; seed++) {
            Document document = draw.apply(new Generators(seed));
            byte[] wire = JSON.write(document);
            assertThat(HOST.writeValueAsBytes(document)).as("written, seed %d (replay with new Generators(%dL))", seed, seed)
                    .isEqualTo(wire);
            assertThat(HOST.readValue(wire, kindOf(document).type())).as("read, seed %d", seed).isEqualTo(document);
        }
    }

    /**
     * Every payload of the fixtures, valid or breaking a rule or the wire format, gives the module
     * what it gives the wire format's reader: the same document, or a refusal with the same findings.
     */
    @ParameterizedTest
    @MethodSource("fixturePayloads")
    void refusesExactlyWhatTheWireFormatRefusesWithTheSameFindings(String file) {
        byte[] payload = FixtureFiles.read(file);
        ReadResult<Document> wire = JSON.read(payload);
        Class<? extends Document> type = wire.kind().map(DocumentKind::type).orElse(Agreement.class);
        if (wire.findings().stream().anyMatch(f -> f.ruleId().equals(WireRules.JSON_SYNTAX))) {
            // Not JSON at all: the application's parser says so before the module sees a value.
            assertThatThrownBy(() -> HOST.readValue(payload, type)).isInstanceOf(JacksonException.class)
                    .isNotInstanceOf(InvalidPayloadException.class);
            return;
        }
        ReadResult<?> typed = JSON.read(payload, type);
        if (typed.document().isPresent()) {
            assertThat(HOST.readValue(payload, type)).isEqualTo(typed.document().get());
        } else {
            InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class, () -> HOST.readValue(payload, type));
            assertThat(e).as(file).isNotNull();
            assertThat(e.findings()).isEqualTo(typed.findings());
            assertThat(e.kind()).contains(DocumentKind.ofType(type).orElseThrow());
        }
    }

    static Stream<String> fixturePayloads() {
        List<String> files = new ArrayList<>();
        JsonMapper.builder().build().readTree(FixtureFiles.manifest()).forEach(entry -> files.add(entry.get("file").stringValue()));
        assertThat(files).hasSizeGreaterThan(40);
        return files.stream();
    }

    @Test
    void anUnknownPropertyIsRefusedEvenWhereTheApplicationIgnoresThemAndThePointerNamesIt() {
        ObjectNode tree = JSON.writeTree(CanonicalFixtures.agreement());
        ((ObjectNode) tree.get("partner")).put("nickname", "山田太郎");

        InvalidPayloadException e = refusal(LENIENT_HOST, tree.toString(), Agreement.class);

        assertThat(e.findings()).extracting(Finding::ruleId, f -> f.pointer().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WireRules.SHAPE_UNKNOWN, "/partner/nickname"));
        assertThat(e.getMessage()).startsWith("Not a valid agreement document of the Joint Response wire format (1 finding): "
                + "SHAPE-UNKNOWN at /partner/nickname: ");
    }

    @Test
    void neverQuotesTheRefusedValuesNorTheSourceEvenWhereTheApplicationAsksForSourceInLocations() {
        String personal = "山田太郎 090-1234-5678";
        ObjectNode tree = JSON.writeTree(CanonicalFixtures.agreement());
        ((ObjectNode) tree.get("partner")).put("sector", personal);
        ((ObjectNode) tree.get("partner")).put("securityDivisionChannel", personal);
        tree.put("concludedOn", personal);

        InvalidPayloadException e = refusal(LENIENT_HOST, tree.toString(), Agreement.class);

        assertThat(e.findings()).extracting(f -> f.pointer().toString())
                .containsExactlyInAnyOrder("/partner/sector", "/partner/securityDivisionChannel", "/concludedOn");
        assertThat(e.getMessage()).doesNotContain("山田", "090").contains("/partner/sector", "/concludedOn");
        assertThat(e.toString()).doesNotContain("山田", "090");
        assertThat(e.getLocation()).isNotNull();
        assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    }

    @Test
    void refusesWhatALenientApplicationMapperWouldAccept() {
        String good = JSON.writeString(CanonicalFixtures.agreement());
        String duplicate = good.replace("\"id\":", "\"id\":\"AGR-13-0000-000\",\"id\":");
        String coerced = JSON.writeTree(CanonicalFixtures.annualReport()).put("inForceTotal", "23").toString();
        String floatForInt = JSON.writeTree(CanonicalFixtures.annualReport()).put("inForceTotal", 23.0).toString();
        String nullValue = JSON.writeTree(CanonicalFixtures.agreement()).putNull("terminatedOn").toString();
        String wrongCase = good.replace("\"TOKYO\"", "\"tokyo\"");
        String noEnvelope = JSON.writeTree(CanonicalFixtures.agreement()).without(List.of("schemaVersion", "kind")).toString();
        String otherKind = JSON.writeString(CanonicalFixtures.notice());

        assertThat(refusal(LENIENT_HOST, duplicate, Agreement.class).findings()).extracting(Finding::ruleId).containsExactly(WireRules.JSON_SYNTAX);
        assertThat(refusal(LENIENT_HOST, coerced, AnnualReport.class).findings()).extracting(Finding::ruleId).containsExactly(WireRules.SHAPE_TYPE);
        assertThat(refusal(LENIENT_HOST, floatForInt, AnnualReport.class).findings()).extracting(Finding::ruleId).containsExactly(WireRules.SHAPE_TYPE);
        assertThat(refusal(LENIENT_HOST, nullValue, Agreement.class).findings()).extracting(Finding::ruleId).containsExactly(WireRules.SHAPE_TYPE);
        assertThat(refusal(LENIENT_HOST, wrongCase, Agreement.class).findings()).extracting(Finding::ruleId).containsExactly(WireRules.SHAPE_TYPE);
        assertThat(refusal(LENIENT_HOST, noEnvelope, Agreement.class).findings()).extracting(Finding::ruleId)
                .containsExactly(WireRules.SHAPE_MISSING, WireRules.SHAPE_MISSING);
        assertThat(refusal(LENIENT_HOST, otherKind, Agreement.class).findings()).extracting(Finding::ruleId).containsExactly(WireRules.SHAPE_KIND);
        assertThat(refusal(HOST, "null", Agreement.class).findings()).extracting(Finding::ruleId).containsExactly(WireRules.SHAPE_TYPE);
    }

    @Test
    void theApplicationsParserSettingsComeFirst() {
        // Comments and single quotes are the application's parser's to allow; what it hands on is plain JSON.
        String withComment = "/* intake */ " + JSON.writeString(CanonicalFixtures.agreement());
        assertThat(LENIENT_HOST.readValue(withComment, Agreement.class)).isEqualTo(CanonicalFixtures.agreement());
        assertThatThrownBy(() -> HOST.readValue(withComment, Agreement.class)).isInstanceOf(JacksonException.class)
                .isNotInstanceOf(InvalidPayloadException.class);
    }

    @Test
    void refusesAValueLongerThanADocumentMayBeBeforeHoldingItWhole() {
        ObjectNode tree = JSON.writeTree(CanonicalFixtures.agreement());
        tree.put("id", "x".repeat(17 << 20));

        InvalidPayloadException e = refusal(HOST, tree.toString(), Agreement.class);

        assertThat(e.findings()).extracting(Finding::ruleId).containsExactly(WireRules.JSON_LIMIT);
    }

    /** An application's own types hold documents in properties and lists; each carries its envelope. */
    record Intake(String requestId, Agreement agreement, List<DisclosureDecision> decisions, Map<String, Partner> partners) {}

    @Test
    void documentsInsideTheApplicationsOwnTypesCarryTheirEnvelopeAndOtherValuesTravelBare() {
        Intake intake = new Intake("req-1", CanonicalFixtures.agreement(),
                List.of(CanonicalFixtures.occurrencePublication(), CanonicalFixtures.arrestPublication()),
                Map.of("main", CanonicalFixtures.partner()));

        JsonNode written = HOST.readTree(HOST.writeValueAsBytes(intake));

        assertThat(written.get("agreement")).isEqualTo(HOST.readTree(JSON.write(CanonicalFixtures.agreement())));
        assertThat(written.get("decisions").get(1)).isEqualTo(HOST.readTree(JSON.write(CanonicalFixtures.arrestPublication())));
        assertThat(written.get("partners").get("main").has("schemaVersion")).isFalse();
        assertThat(written.get("partners").get("main")).isEqualTo(JSON.writeTree(CanonicalFixtures.agreement()).get("partner"));
        assertThat(HOST.readValue(HOST.writeValueAsBytes(intake), Intake.class)).isEqualTo(intake);
    }

    @Test
    void aRefusalInsideTheApplicationsOwnTypeNamesBothPaths() {
        ObjectNode intake = HOST.valueToTree(new Intake("req-1", CanonicalFixtures.agreement(), List.of(), Map.of()));
        ((ObjectNode) intake.get("agreement").get("partner")).put("sector", "NOT_A_SECTOR");

        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class,
                () -> HOST.readValue(intake.toString(), Intake.class));

        assertThat(e.findings()).extracting(f -> f.pointer().toString()).containsExactly("/partner/sector");
        assertThat(e.getPath()).extracting(JacksonException.Reference::getPropertyName).containsExactly("agreement");
        assertThat(e.getMessage()).contains("/partner/sector").contains("\"agreement\"");
    }

    @Test
    void readsASubtypeAskedForAndRefusesTheOtherOne() {
        byte[] occurrence = JSON.write(CanonicalFixtures.occurrencePublication());

        assertThat(HOST.readValue(occurrence, OccurrencePublication.class)).isEqualTo(CanonicalFixtures.occurrencePublication());
        assertThat(refusal(HOST, new String(JSON.write(CanonicalFixtures.arrestPublication()), StandardCharsets.UTF_8),
                OccurrencePublication.class).findings()).extracting(Finding::ruleId).containsExactly(WireRules.SHAPE_KIND);
    }

    @Test
    void valuesThatTravelInsideDocumentsAreReadStrictlyToo() {
        Partner partner = CanonicalFixtures.partner();
        String bare = HOST.writeValueAsString(partner);
        NoticeNumber number = NoticeNumber.parse("警察庁丁情対発第217号");

        assertThat(HOST.readValue(bare, Partner.class)).isEqualTo(partner);
        assertThat(HOST.writeValueAsString(number)).isEqualTo("\"警察庁丁情対発第217号\"");
        assertThat(HOST.readValue("\"警察庁丁情対発第217号\"", NoticeNumber.class)).isEqualTo(number);
        InvalidPayloadException e = refusal(LENIENT_HOST, bare.replace("\"name\"", "\"nickname\""), Partner.class);
        assertThat(e.findings()).extracting(Finding::ruleId, f -> f.pointer().toString()).contains(
                org.assertj.core.groups.Tuple.tuple(WireRules.SHAPE_UNKNOWN, "/nickname"),
                org.assertj.core.groups.Tuple.tuple(WireRules.SHAPE_MISSING, "/name"));
        assertThat(e.kind()).isEmpty();
        assertThat(e.getMessage()).startsWith("Not a valid Partner of the Joint Response wire format");
    }

    @Test
    void theApplicationsOutputSettingsShapeTheTextNotTheContent() {
        JsonMapper indenting = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .addModule(new JointResponseJacksonModule()).build();
        Document document = CanonicalFixtures.nationalCompilation();

        String pretty = indenting.writeValueAsString(document);

        assertThat(pretty).contains("\n").startsWith("{\n  \"schemaVersion\" : \"1.0\",\n  \"kind\" : \"nationalCompilation\"");
        assertThat(HOST.readTree(pretty)).isEqualTo(HOST.readTree(JSON.write(document)));
        assertThat(HOST.readValue(pretty, document.getClass())).isEqualTo(document);
    }

    private static InvalidPayloadException refusal(JsonMapper mapper, String payload, Class<?> type) {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class, () -> mapper.readValue(payload, type));
        assertThat(e).as("refused as %s", type.getSimpleName()).isNotNull();
        return e;
    }

    private static DocumentKind kindOf(Document document) {
        return DocumentKind.ofType(document.getClass()).orElseThrow();
    }
}
