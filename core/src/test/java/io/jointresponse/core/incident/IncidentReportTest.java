package io.jointresponse.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.organisation.PoliceDivision;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IncidentReportTest {

    private static final OffsetDateTime OCCURRED = OffsetDateTime.of(2024, 5, 1, 2, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<IncidentReport.Builder, IncidentReport> REQUIRED =
            RequiredAttributes.of(IncidentReport::builder, IncidentReport.Builder::build)
                    .with("id", b -> b.id("INC-1"))
                    .with("agreementId", b -> b.agreementId("A-1"))
                    .with("occurredAt", b -> b.occurredAt(OCCURRED))
                    .with("detectedAt", b -> b.detectedAt(OCCURRED.plusHours(3)))
                    .with("reportedAt", b -> b.reportedAt(OCCURRED.plusHours(5)))
                    .with("summary", b -> b.summary("ネットバンキングへの不正ログイン"));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithDefaults() {
        IncidentReport r = REQUIRED.buildWithAll();

        assertThat(r.id()).isEqualTo("INC-1");
        assertThat(r.agreementId()).isEqualTo("A-1");
        assertThat(r.occurredAt()).isEqualTo(OCCURRED);
        assertThat(r.detectedAt()).isEqualTo(OCCURRED.plusHours(3));
        assertThat(r.reportedAt()).isEqualTo(OCCURRED.plusHours(5));
        assertThat(r.summary()).isEqualTo("ネットバンキングへの不正ログイン");
        assertThat(r.crimeTypes()).isEmpty();
        assertThat(r.suspectedCyberAttack()).isFalse();
        assertThat(r.sharedWith()).isEmpty();
        assertThat(r.reporter()).isEmpty();
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
    void timesOutOfOrderStillBuildForTheRuleToReport() {
        IncidentReport r = IncidentReport.builder().from(REQUIRED.buildWithAll()).reportedAt(OCCURRED.minusDays(1)).build();

        assertThat(r.reportedAt()).isBefore(r.occurredAt());
    }

    @Test
    void sharedWithIsASetThatCannotBeAddedTo() {
        IncidentReport r = IncidentReport.builder().from(REQUIRED.buildWithAll())
                .addSharedWith(PoliceDivision.COMMUNITY_SAFETY, PoliceDivision.SECURITY, PoliceDivision.COMMUNITY_SAFETY)
                .addCrimeTypes(CrimeType.UNAUTHORIZED_ACCESS)
                .build();

        assertThat(r.sharedWith()).containsExactlyInAnyOrder(PoliceDivision.COMMUNITY_SAFETY, PoliceDivision.SECURITY);
        assertThatThrownBy(() -> r.sharedWith().add(PoliceDivision.OTHER)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.crimeTypes().add(CrimeType.PHISHING)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withSuspectedCyberAttackIsAnotherValue() {
        IncidentReport r = REQUIRED.buildWithAll();
        IncidentReport attack = IncidentReport.builder().from(r).suspectedCyberAttack(true).build();

        assertThat(attack.suspectedCyberAttack()).isTrue();
        assertThat(r.suspectedCyberAttack()).isFalse();
        assertThat(attack).isNotEqualTo(r);
        assertThat(REQUIRED.buildWithAll()).isEqualTo(r).hasSameHashCodeAs(r);
    }
}
