package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.fixtures.Generators;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixtures module promises valid documents: every generated and canonical instance keeps every
 * rule, not even a warning, on a clock at the generators' reference instant. A failure names the
 * seed, to replay it with {@code new Generators(seed)}.
 */
class FixturesTest {

    private static final JointResponseValidator VALIDATOR = JointResponseValidator.builder()
            .clock(Clock.fixed(Generators.DEFAULT_REFERENCE_INSTANT.toInstant(), ZoneId.of("Asia/Tokyo")))
            .warningsAsErrors(true)
            .build();

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    private static void assertNoFinding(long seed, Document document, ValidationContext context) {
        ValidationReport report = VALIDATOR.validate(document, context);
        assertThat(report.findings())
                .as("seed %d, %s: %s", seed, document.getClass().getSimpleName(), report)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedDocumentsOfEveryKindHaveNoFinding(long seed) {
        Generators g = new Generators(seed);
        List<Document> documents = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            documents.add(g.document(kind));
        }
        // Both value types of the disclosure decision on every seed, whichever document(…) drew.
        documents.add(g.occurrencePublication());
        documents.add(g.arrestPublication());
        for (Document document : documents) {
            assertNoFinding(seed, document, ValidationContext.empty());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedRecordsAgreeWithTheirAgreements(long seed) {
        Generators g = new Generators(seed);
        List<Agreement> agreements = g.agreements(12);
        ValidationContext context = ValidationContext.of(agreements);
        for (Agreement a : agreements) {
            assertNoFinding(seed, a, context);
            IncidentReport report = g.incidentReportFor(a);
            assertNoFinding(seed, report, context);
            assertNoFinding(seed, g.evidenceRequestFor(a), context);
            assertNoFinding(seed, g.evidenceRequestFor(report), context);
            assertNoFinding(seed, g.preventionReleaseFor(a), context);
            assertNoFinding(seed, g.disclosureDecisionFor(a), context);
            assertNoFinding(seed, g.disclosureDecisionFor(report), context);
            // Both value types on every agreement, whichever disclosureDecisionFor(…) drew.
            assertNoFinding(seed, g.occurrencePublicationFor(a), context);
            assertNoFinding(seed, g.arrestPublicationFor(report), context);
            assertNoFinding(seed, g.onwardShareFor(a), context);
            assertNoFinding(seed, g.divisionReportFor(a), context);
        }
        int year = Generators.DEFAULT_REFERENCE_INSTANT.getYear() - 1;
        for (Prefecture p : Prefecture.values()) {
            assertNoFinding(seed, AnnualReports.compute(agreements, p, year), context);
        }
        assertNoFinding(seed, AnnualReports.computeNational(agreements, year), context);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedRawShareBreaksOnlyShr001AndIsSanitised(long seed) {
        Generators g = new Generators(seed);
        for (OnwardShare raw : List.of(g.rawOnwardShare(), g.rawOnwardShareFor(g.agreement()))) {
            ValidationReport report = VALIDATOR.validate(raw);
            assertThat(report.ruleIds()).as("seed %d: %s", seed, report).containsExactly("SHR-001");
            assertNoFinding(seed, ShareSanitiser.sanitise(raw), ValidationContext.empty());
        }
    }

    @Test
    void canonicalFixturesHaveNoFinding() {
        List<Document> documents = new ArrayList<>(CanonicalFixtures.documents());
        documents.add(CanonicalFixtures.dataCentreAgreement());
        // A lookup, not the records: the annual reports count agreements the fixtures do not hold.
        Agreement agreement = CanonicalFixtures.agreement();
        ValidationContext context = ValidationContext.withAgreementLookup(
                id -> id.equals(agreement.id()) ? java.util.Optional.of(agreement) : java.util.Optional.empty());
        for (Document document : documents) {
            ValidationReport report = VALIDATOR.validate(document, context);
            assertThat(report.findings()).as("%s: %s", document.getClass().getSimpleName(), report).isEmpty();
        }
    }

    @Test
    void canonicalRawShareIsSanitisedIntoTheCanonicalShare() {
        OnwardShare raw = CanonicalFixtures.rawOnwardShare();
        assertThat(VALIDATOR.validate(raw).findings()).extracting(Finding::ruleId).containsOnly("SHR-001").hasSize(7);
        assertThat(ShareSanitiser.sanitise(raw)).isEqualTo(CanonicalFixtures.onwardShare());
    }
}
