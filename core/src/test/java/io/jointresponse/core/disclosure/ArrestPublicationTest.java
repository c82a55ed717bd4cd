package io.jointresponse.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.record.HeardOpinion;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArrestPublicationTest {

    private static final OffsetDateTime DECIDED = OffsetDateTime.of(2024, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<ArrestPublication.Builder, ArrestPublication> REQUIRED =
            RequiredAttributes.of(ArrestPublication::builder, ArrestPublication.Builder::build)
                    .with("id", b -> b.id("D-2"))
                    .with("agreementId", b -> b.agreementId("A-1"))
                    .with("outcome", b -> b.outcome(DisclosureOutcome.PENDING))
                    .with("decidedAt", b -> b.decidedAt(DECIDED));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithNothingRecordedBeforeTheDecision() {
        ArrestPublication d = REQUIRED.buildWithAll();

        assertThat(d.id()).isEqualTo("D-2");
        assertThat(d.agreementId()).isEqualTo("A-1");
        assertThat(d.outcome()).isEqualTo(DisclosureOutcome.PENDING);
        assertThat(d.decidedAt()).isEqualTo(DECIDED);
        assertThat(d.incidentReportId()).isEmpty();
        assertThat(d.reason()).isEmpty();
        assertThat(d.preventiveEffectExplanation()).isEmpty();
        assertThat(d.reassuranceExplanation()).isEmpty();
        assertThat(d.businessOpinion()).isEmpty();
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
    void recordsTheOpinionHeard() {
        ArrestPublication d = ArrestPublication.builder().from(REQUIRED.buildWithAll())
                .businessOpinion(HeardOpinion.at(DECIDED.minusDays(1)))
                .build();

        assertThat(d.businessOpinion()).contains(HeardOpinion.at(DECIDED.minusDays(1)));
    }
}
