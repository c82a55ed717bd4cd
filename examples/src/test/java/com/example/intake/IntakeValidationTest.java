package com.example.intake;

import static io.jointresponse.test.JointResponseAssertions.assertThat;

import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.fixtures.ManifestEntry;
import io.jointresponse.test.ManifestSource;
import io.jointresponse.test.ManifestValidation;
import io.jointresponse.validation.JointResponseValidator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The intake validates incoming payloads with Japanese messages; the library's fixtures test it. */
class IntakeValidationTest {

    /** The intake's validator, on the fixtures' clock so that the manifest's expectations hold. */
    private static final JointResponseValidator INTAKE = JointResponseValidator.builder()
            .locale(Locale.JAPANESE)
            .clock(FixtureManifest.CLOCK)
            .build();

    @ParameterizedTest
    @ManifestSource
    void everyFixtureGivesExactlyItsRules(ManifestEntry entry) {
        assertThat(INTAKE.validatePayload(entry.payload(), ManifestValidation.context(entry)))
                .hasOnlyRules(entry.expectedRuleIds());
    }

    @ParameterizedTest
    @ManifestSource(rules = "JSON-SYNTAX")
    void brokenJsonIsUnreadable(ManifestEntry entry) {
        assertThat(INTAKE.validatePayload(entry.payload())).isUnreadable().hasNoDocument();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void generatedIncidentReportsAreValid(long seed) {
        IncidentReport report = new Generators(seed).incidentReport();
        assertThat(INTAKE.validate(report)).as("seed %d", seed).isValid();
    }

    @Test
    void aReportDetectedBeforeItOccurredIsRefusedAtDetectedAt() {
        IncidentReport generated = new Generators(42).incidentReport();
        IncidentReport report = IncidentReport.builder().from(generated)
                .detectedAt(generated.occurredAt().minusHours(1))
                .build();
        assertThat(INTAKE.validate(report))
                .isInvalid()
                .hasFinding("INC-002").at("/detectedAt").withSeverity(Severity.ERROR);
    }
}
