package io.jointresponse.core.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PreventionReleaseTest {

    private static final OffsetDateTime OBTAINED = OffsetDateTime.of(2024, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<PreventionRelease.Builder, PreventionRelease> REQUIRED =
            RequiredAttributes.of(PreventionRelease::builder, PreventionRelease.Builder::build)
                    .with("id", b -> b.id("PRV-1"))
                    .with("agreementId", b -> b.agreementId("A-1"))
                    .with("source", b -> b.source(InformationSource.MALWARE_ANALYSIS))
                    .with("obtainedAt", b -> b.obtainedAt(OBTAINED))
                    .with("content", b -> b.content("C2サーバの通信先"));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneAsNotYetReleased() {
        PreventionRelease r = REQUIRED.buildWithAll();

        assertThat(r.id()).isEqualTo("PRV-1");
        assertThat(r.agreementId()).isEqualTo("A-1");
        assertThat(r.source()).isEqualTo(InformationSource.MALWARE_ANALYSIS);
        assertThat(r.obtainedAt()).isEqualTo(OBTAINED);
        assertThat(r.content()).isEqualTo("C2サーバの通信先");
        assertThat(r.releasedAt()).isEmpty();
        assertThat(r.hindranceChecks()).isEmpty();
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
    void releaseAfterAHindersFindingStillBuildsForTheRuleToReport() {
        PreventionRelease r = PreventionRelease.builder().from(REQUIRED.buildWithAll())
                .addHindranceChecks(HindranceCheck.builder().checkedAt(OBTAINED).checkerRole(CheckerRole.OTHER)
                        .conclusion(HindranceConclusion.HINDERS).build())
                .releasedAt(OBTAINED.plusHours(1))
                .build();

        assertThat(r.hindranceChecks()).singleElement().extracting(HindranceCheck::conclusion).isEqualTo(HindranceConclusion.HINDERS);
        assertThat(r.releasedAt()).contains(OBTAINED.plusHours(1));
    }

    @Test
    void keepsEveryCheckInTheOrderRecorded() {
        HindranceCheck heldBack = HindranceCheck.builder().checkedAt(OBTAINED.plusHours(1))
                .checkerRole(CheckerRole.SENIOR_INVESTIGATOR).conclusion(HindranceConclusion.HINDERS).build();
        HindranceCheck cleared = HindranceCheck.builder().checkedAt(OBTAINED.plusDays(20))
                .checkerRole(CheckerRole.SENIOR_INVESTIGATOR).conclusion(HindranceConclusion.NO_HINDRANCE).build();

        PreventionRelease r = PreventionRelease.builder().from(REQUIRED.buildWithAll())
                .addHindranceChecks(heldBack, cleared)
                .releasedAt(OBTAINED.plusDays(21))
                .build();

        assertThat(r.hindranceChecks()).containsExactly(heldBack, cleared);
    }
}
