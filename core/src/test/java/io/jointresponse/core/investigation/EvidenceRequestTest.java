package io.jointresponse.core.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.internal.RequiredAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvidenceRequestTest {

    private static final OffsetDateTime REQUESTED = OffsetDateTime.of(2024, 5, 2, 10, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<EvidenceRequest.Builder, EvidenceRequest> REQUIRED =
            RequiredAttributes.of(EvidenceRequest::builder, EvidenceRequest.Builder::build)
                    .with("id", b -> b.id("EVR-1"))
                    .with("agreementId", b -> b.agreementId("A-1"))
                    .with("requestedAt", b -> b.requestedAt(REQUESTED));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithNothingElseRecorded() {
        EvidenceRequest r = REQUIRED.buildWithAll();

        assertThat(r.id()).isEqualTo("EVR-1");
        assertThat(r.agreementId()).isEqualTo("A-1");
        assertThat(r.requestedAt()).isEqualTo(REQUESTED);
        assertThat(r.incidentReportId()).isEmpty();
        assertThat(r.evidenceItems()).isEmpty();
        assertThat(r.collectionMethod()).isEmpty();
        assertThat(r.businessImpactConsideration()).isEmpty();
        assertThat(r.significanceExplanation()).isEmpty();
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
    void evidenceItemsKeepTheirOrderAndCannotBeAddedTo() {
        EvidenceRequest r = EvidenceRequest.builder().from(REQUIRED.buildWithAll())
                .addEvidenceItems("Webサーバのアクセスログ", "認証ログ")
                .collectionMethod(CollectionMethod.VOLUNTARY_SUBMISSION)
                .build();

        assertThat(r.evidenceItems()).containsExactly("Webサーバのアクセスログ", "認証ログ");
        assertThat(r.collectionMethod()).contains(CollectionMethod.VOLUNTARY_SUBMISSION);
        assertThatThrownBy(() -> r.evidenceItems().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
