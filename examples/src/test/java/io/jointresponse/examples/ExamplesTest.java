package io.jointresponse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExamplesTest {

    @Test
    void incidentReportOutsideTheAgreementBreaksInc001() {
        String out = ExampleOutput.of(RecordIncidentReport::run);
        assertThat(out).contains("phishing report: valid, 0 finding(s)")
                .contains("DoS report: invalid, 1 finding(s)")
                .contains("ERROR INC-001 /crimeTypes/0");
    }

    @Test
    void publicationWithoutEveryAssessmentBreaksDsc001InBothLanguages() {
        String out = ExampleOutput.of(DecideOccurrencePublication::run);
        assertThat(out).contains("without the deterrent-effect assessment: invalid, 1 finding(s)")
                .contains("ERROR DSC-001 /deterrentEffectAssessment")
                .contains("同 (日本語): invalid, 1 finding(s)")
                .contains("with every assessment: valid, 0 finding(s)");
        String[] lines = out.split("\n");
        assertThat(lines[1]).isNotEqualTo(lines[3]);
    }

    @Test
    void sanitisedShareIsValidAndCarriesNoClassifiedData() {
        String out = ExampleOutput.of(ShareModusOperandi::run);
        assertThat(out).contains("raw share: invalid").contains("ERROR SHR-001 /businessName")
                .contains("sanitised share: valid, 0 finding(s)")
                .doesNotContain("東都みらい銀行").doesNotContain("山田").doesNotContain("2011001012345");
    }

    @Test
    void serviceAnswersEveryProblemOfABrokenPayloadAtOnce() {
        String out = ExampleOutput.of(ValidateIncomingPayload::run);
        assertThat(out).contains("valid incident report: HTTP 202")
                .contains("broken incident report: HTTP 422")
                .contains("SHAPE-MISSING /summary")
                .contains("SHAPE-UNKNOWN /legacyCaseNo")
                .contains("SHAPE-TYPE /detectedAt");
    }
}
