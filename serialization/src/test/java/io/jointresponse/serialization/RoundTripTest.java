package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.Prefecture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Object to JSON to object, for every document kind: the result is equal to the original, and the
 * JSON follows the conventions of the wire format.
 *
 * <p>{@link #documents()} is the one source of documents; a seeded generator plugs in by adding its
 * stream there, and {@link #assertRoundTrip(JointResponseJson, Object)} is the whole check.
 */
class RoundTripTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    static Stream<Document> documents() {
        return Samples.all().stream();
    }

    /**
     * Checks one document: it reads back equal, with its kind, without findings, and writing is
     * deterministic (the same bytes twice, and again after the read).
     *
     * @param json the reader and writer
     * @param document a document of any kind
     */
    static void assertRoundTrip(JointResponseJson json, Document document) {
        byte[] written = json.write(document);
        ReadResult<Document> read = json.read(written);
        assertThat(read.findings()).as("findings for %s", new String(written, StandardCharsets.UTF_8)).isEmpty();
        assertThat(read.isValid()).isTrue();
        assertThat(read.document()).contains(document);
        assertThat(read.kind()).contains(DocumentKind.of(document));
        assertThat(json.write(document)).isEqualTo(written);
        assertThat(json.write(read.document().orElseThrow())).isEqualTo(written);
        ReadResult<?> typed = json.read(written, DocumentKind.of(document).type());
        assertThat(typed.document().map(Object.class::cast)).contains(document);
    }

    @Test
    void samplesHoldEveryValueTypeOfEveryKind() {
        for (List<Document> samples : List.of(Samples.full(), Samples.minimal())) {
            for (DocumentKind kind : DocumentKind.values()) {
                for (Class<? extends Document> type : kind.valueTypes()) {
                    assertThat(samples).as("a sample of %s", type.getSimpleName()).anyMatch(type::isInstance);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyDocumentSurvivesTheRoundTrip(Document document) {
        assertRoundTrip(JSON, document);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void schemaVersionAndKindComeFirstThenPropertiesInAlphabeticalOrder(Document document) {
        JsonNode tree = PLAIN.readTree(JSON.write(document));
        List<String> names = new ArrayList<>(tree.propertyNames());
        assertThat(names.subList(0, 2)).containsExactly("schemaVersion", "kind");
        assertThat(tree.get("schemaVersion").stringValue()).isEqualTo("1.0");
        List<String> body = names.subList(2, names.size());
        if (document instanceof DisclosureDecision) {
            assertThat(body.get(0)).isEqualTo("type");
            body = body.subList(1, body.size());
        }
        assertThat(body).isSorted();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noNullIsEverWritten(Document document) {
        assertThat(JSON.writeString(document)).doesNotContain("null");
    }

    @Test
    void writesTheUtf8TextOfWriteString() {
        Document document = Samples.fullAgreement();
        assertThat(new String(JSON.write(document), StandardCharsets.UTF_8)).isEqualTo(JSON.writeString(document));
        assertThat(JSON.writeString(document)).contains("例示電力株式会社");
    }

    /** A prefecture prints as payloads name it, so that logs and messages agree with the wire. */
    @ParameterizedTest
    @EnumSource(Prefecture.class)
    void everyPrefecturesToStringIsItsWireName(Prefecture prefecture) {
        AnnualReport report = AnnualReport.builder().from(Samples.fullAnnualReport()).prefecture(prefecture).build();

        JsonNode tree = PLAIN.readTree(JSON.write(report));

        assertThat(tree.get("prefecture").stringValue()).isEqualTo(prefecture.toString());
    }

    @Test
    void enumsTravelAsTheirNamesNotToString() {
        JsonNode tree = PLAIN.readTree(JSON.write(Samples.fullAgreement()));
        assertThat(tree.get("prefecture").stringValue()).isEqualTo("TOKYO");
        assertThat(tree.at("/partner/sector").stringValue()).isEqualTo("OTHER");
        assertThat(tree.at("/reportableCrimes/0/type").stringValue()).isEqualTo("UNAUTHORIZED_ACCESS");
    }

    @Test
    void datesAreIsoAndOffsetsAreKeptAsWritten() {
        JsonNode agreement = PLAIN.readTree(JSON.write(Samples.fullAgreement()));
        assertThat(agreement.get("concludedOn").stringValue()).isEqualTo("2019-04-01");
        JsonNode incident = PLAIN.readTree(JSON.write(Samples.fullIncidentReport()));
        assertThat(incident.get("occurredAt").stringValue()).isEqualTo("2024-05-01T09:30:00+09:00");
        assertThat(incident.get("detectedAt").stringValue()).isEqualTo("2024-05-01T10:00:15.123+09:00");
        assertThat(incident.get("reportedAt").stringValue()).isEqualTo("2024-05-01T02:00:00Z");

        String text = JSON.writeString(Samples.minimalIncidentReport()).replace("2024-05-01T09:30:00+09:00", "2024-05-01T09:30:00-05:00");
        IncidentReport read = JSON.read(text, IncidentReport.class).document().orElseThrow();
        assertThat(read.occurredAt().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
        assertThat(read.occurredAt().getHour()).isEqualTo(9);
    }

    @Test
    void emptyOptionalsAreOmittedAndEmptyCollectionsWrittenAsEmptyArrays() {
        JsonNode tree = PLAIN.readTree(JSON.write(Samples.minimalAgreement()));
        assertThat(tree.has("concludedOn")).isFalse();
        assertThat(tree.has("additionBasis")).isFalse();
        assertThat(tree.at("/partner/corporateNumber").isMissingNode()).isTrue();
        assertThat(tree.get("amendedOn").isArray()).isTrue();
        assertThat(tree.get("amendedOn").isEmpty()).isTrue();
        assertThat(tree.at("/partner/contacts").isEmpty()).isTrue();
    }

    @Test
    void defaultedAttributesAreWrittenAndMayBeOmittedOnRead() {
        JsonNode tree = PLAIN.readTree(JSON.write(Samples.minimalAgreement()));
        assertThat(tree.get("arrangement").stringValue()).isEqualTo("JOINT_RESPONSE_AGREEMENT");
        assertThat(tree.at("/partner/securityDivisionChannel").booleanValue()).isFalse();

        String withoutDefaults = "{\"schemaVersion\":\"1.0\",\"kind\":\"agreement\",\"id\":\"A\",\"prefecture\":\"OSAKA\","
                + "\"status\":\"DRAFT\",\"partner\":{\"name\":\"B\",\"sector\":\"FINANCIAL_INSTITUTION\",\"outsourcing\":\"UNKNOWN\"}}";
        ReadResult<Agreement> read = JSON.read(withoutDefaults, Agreement.class);
        assertThat(read.findings()).isEmpty();
        assertThat(read.document().orElseThrow().arrangement()).isEqualTo(ArrangementType.JOINT_RESPONSE_AGREEMENT);
        assertThat(read.document().orElseThrow().amendedOn()).isEmpty();
    }

    @Test
    void enumKeyedMapsAreObjectsKeyedByName() {
        JsonNode tree = PLAIN.readTree(JSON.write(Samples.fullAnnualReport()));
        assertThat(tree.at("/inForceBySector/FINANCIAL_INSTITUTION").intValue()).isEqualTo(1);
        assertThat(new ArrayList<>(tree.get("inForceBySector").propertyNames()))
                .containsExactly("FINANCIAL_INSTITUTION", "CRYPTO_ASSET_EXCHANGE", "DATA_CENTRE", "ONLINE_SHOP", "OTHER");
        AnnualReport read = JSON.read(JSON.write(Samples.fullAnnualReport()), AnnualReport.class).document().orElseThrow();
        assertThat(read.inForceBySector()).isEqualTo(Samples.fullAnnualReport().inForceBySector());
    }

    @Test
    void derivedValuesAreNeverWritten() {
        String agreement = JSON.writeString(Samples.fullAgreement());
        assertThat(agreement).doesNotContain("isInForceOn", "inForceOn", "reportableCrimeTypes", "hasVendorCounterpart", "vendorCounterpart\"");
        JsonNode compilation = PLAIN.readTree(JSON.write(Samples.fullNationalCompilation()));
        assertThat(new ArrayList<>(compilation.propertyNames())).containsExactly("schemaVersion", "kind", "period", "reports");
    }

    @Test
    void disclosureDecisionsCarryALogicalTypeName() {
        JsonNode occurrence = PLAIN.readTree(JSON.write(Samples.fullOccurrencePublication()));
        assertThat(occurrence.get("kind").stringValue()).isEqualTo("disclosureDecision");
        assertThat(occurrence.get("type").stringValue()).isEqualTo("occurrencePublication");
        JsonNode arrest = PLAIN.readTree(JSON.write(Samples.fullArrestPublication()));
        assertThat(arrest.get("type").stringValue()).isEqualTo("arrestPublication");
        assertThat(JSON.writeString(Samples.fullArrestPublication())).doesNotContain("io.jointresponse", "Immutable", "@class");

        ReadResult<OccurrencePublication> typed = JSON.read(JSON.write(Samples.fullOccurrencePublication()), OccurrencePublication.class);
        assertThat(typed.document()).contains(Samples.fullOccurrencePublication());
    }

    @Test
    void aSetIsWrittenInItsIterationOrderAndReadsBackEqual() {
        JsonNode tree = PLAIN.readTree(JSON.write(Samples.fullIncidentReport()));
        assertThat(tree.get("sharedWith").toString()).isEqualTo("[\"COMMUNITY_SAFETY\",\"SECURITY\"]");
    }
}
