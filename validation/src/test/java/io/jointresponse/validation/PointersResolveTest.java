package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.ManifestEntry;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every finding's pointer points: into every fixture payload, into the JSON written for 10,000
 * seeded generated documents (validated against an early clock and other records, so that the
 * rules on time and on records fire), and, through {@link Expect}, into every breaking case of the
 * rule tests. A pointer that does not resolve is allowed only for an absent property, and then
 * names where it belongs ({@link PointerResolution}).
 */
class PointersResolveTest {

    private static final long SEED = 20261201L;
    private static final int DOCUMENTS = 10_000;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final List<Function<Generators, Document>> KINDS = List.of(
            Generators::agreement, Generators::incidentReport, Generators::evidenceRequest,
            Generators::preventionRelease, Generators::disclosureDecision, Generators::onwardShare,
            Generators::rawOnwardShare, Generators::divisionReport, Generators::jc3Liaison,
            Generators::annualReport, Generators::nationalCompilation, Generators::notice);

    static List<ManifestEntry> entries() {
        return FixtureManifest.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyFindingOfAFixturePayloadPointsIntoIt(ManifestEntry entry) {
        byte[] payload = FixtureFiles.read(entry.file());
        ValidationReport report = JointResponseValidator.create().validatePayload(payload, context(entry));
        if (entry.file().contains("JSON-SYNTAX")) {
            assertThat(report.findings()).extracting(f -> f.pointer().isRoot()).containsOnly(true);
            return;
        }
        JsonNode json = MAPPER.readTree(payload);
        DocumentKind kind = DocumentKind.ofWireName(entry.kind()).orElseThrow();
        for (Finding f : report.findings()) {
            PointerResolution.assertPoints(json, kind, f);
        }
    }

    @Test
    void everyFindingOfTenThousandGeneratedDocumentsPointsIntoTheirJson() {
        System.out.printf("pointers: seed %d%n", SEED);
        Generators generators = new Generators(SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        // Records that the generated reports mostly do not name: INC-001/INC-004 and ANR-003 fire.
        List<Agreement> records = generators.agreements(20);
        ValidationContext context = ValidationContext.of(records);
        JointResponseValidator early = JointResponseValidator.builder()
                .clock(Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
        JointResponseValidator late = JointResponseValidator.create();
        Map<String, Integer> byRule = new TreeMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            Document document = KINDS.get(random.nextInt(KINDS.size())).apply(generators);
            JointResponseValidator validator = random.nextBoolean() ? early : late;
            ValidationReport report = validator.validate(document, random.nextBoolean() ? context : ValidationContext.empty());
            try {
                PointerResolution.assertPointsIntoWrittenJson(report, document);
            } catch (AssertionError e) {
                throw new AssertionError("document " + i + " of seed " + SEED + ": " + e.getMessage(), e);
            }
            report.findings().forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        }
        System.out.printf("pointers: %d generated documents, findings by rule %s%n", DOCUMENTS, byRule);
        assertThat(byRule).as("the documents break rules, so that pointers are checked").isNotEmpty();
    }

    @Test
    void aMissingPropertyPointsWhereItBelongs() {
        JsonNode agreement = MAPPER.readTree(FixtureFiles.read("payloads/valid/agreement.json"));
        // /additionBasis is absent from the payload, but belongs in an agreement.
        assertThat(agreement.has("additionBasis")).isFalse();
        PointerResolution.assertPoints(agreement, DocumentKind.AGREEMENT, finding("/additionBasis"));
        // A name the wire format does not allow there, or a parent that does not exist, does not point.
        for (String wrong : List.of("/noSuchProperty", "/partner/reportableCrimes", "/additionBasis/description", "/reportableCrimes/9")) {
            AssertionError failure = null;
            try {
                PointerResolution.assertPoints(agreement, DocumentKind.AGREEMENT, finding(wrong));
            } catch (AssertionError e) {
                failure = e;
            }
            assertThat(failure).as(wrong).isNotNull();
        }
    }

    private static Finding finding(String pointer) {
        return Finding.of("AGR-001", Severity.ERROR, JsonPointer.parse(pointer), "m", "A §1");
    }

    private static ValidationContext context(ManifestEntry entry) {
        if (entry.agreements().isEmpty()) {
            return ValidationContext.empty();
        }
        List<Agreement> records = new ArrayList<>();
        for (String file : entry.agreements()) {
            ReadResult<Agreement> read = JointResponseJson.strict().read(FixtureFiles.read(file), Agreement.class);
            records.add(read.document().orElseThrow());
        }
        return ValidationContext.of(records);
    }
}
