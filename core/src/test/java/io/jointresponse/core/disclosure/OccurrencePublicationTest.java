package io.jointresponse.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Explanation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OccurrencePublicationTest {

    private static final OffsetDateTime DECIDED = OffsetDateTime.of(2024, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<OccurrencePublication.Builder, OccurrencePublication> REQUIRED =
            RequiredAttributes.of(OccurrencePublication::builder, OccurrencePublication.Builder::build)
                    .with("id", b -> b.id("D-1"))
                    .with("agreementId", b -> b.agreementId("A-1"))
                    .with("outcome", b -> b.outcome(DisclosureOutcome.PUBLISH))
                    .with("decidedAt", b -> b.decidedAt(DECIDED));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithNothingRecordedBeforeTheDecision() {
        OccurrencePublication d = REQUIRED.buildWithAll();

        assertThat(d.id()).isEqualTo("D-1");
        assertThat(d.agreementId()).isEqualTo("A-1");
        assertThat(d.outcome()).isEqualTo(DisclosureOutcome.PUBLISH);
        assertThat(d.decidedAt()).isEqualTo(DECIDED);
        assertThat(d.incidentReportId()).isEmpty();
        assertThat(d.reason()).isEmpty();
        assertThat(d.necessityExplanation()).isEmpty();
        assertThat(d.investigationHindranceAssessment()).isEmpty();
        assertThat(d.deterrentEffectAssessment()).isEmpty();
        assertThat(d.targetsSpecifiedMany()).isFalse();
        assertThat(d.modusOperandiPublished()).isFalse();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void emptyBuilderNamesEveryRequiredAttribute() {
        REQUIRED.assertEmptyBuilderNamesAll();
    }

    @Test
    void recordsWhatWasExplainedAndAssessed() {
        OccurrencePublication d = OccurrencePublication.builder().from(REQUIRED.buildWithAll())
                .necessityExplanation(Explanation.at(DECIDED.minusDays(2)))
                .investigationHindranceAssessment(Assessment.at(DECIDED.minusDays(1)))
                .deterrentEffectAssessment(Assessment.at(DECIDED.minusDays(1)))
                .targetsSpecifiedMany(true)
                .build();

        assertThat(d.necessityExplanation()).contains(Explanation.at(DECIDED.minusDays(2)));
        assertThat(d.targetsSpecifiedMany()).isTrue();
        assertThat(d).isNotEqualTo(REQUIRED.buildWithAll());
    }
}
