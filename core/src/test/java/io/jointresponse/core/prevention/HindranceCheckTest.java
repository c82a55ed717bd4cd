package io.jointresponse.core.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HindranceCheckTest {

    private static final OffsetDateTime CHECKED = OffsetDateTime.of(2024, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<HindranceCheck.Builder, HindranceCheck> REQUIRED =
            RequiredAttributes.of(HindranceCheck::builder, HindranceCheck.Builder::build)
                    .with("checkedAt", b -> b.checkedAt(CHECKED))
                    .with("checkerRole", b -> b.checkerRole(CheckerRole.SENIOR_INVESTIGATOR))
                    .with("conclusion", b -> b.conclusion(HindranceConclusion.NO_HINDRANCE));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithoutTheCheckersName() {
        HindranceCheck c = REQUIRED.buildWithAll();

        assertThat(c.checkedAt()).isEqualTo(CHECKED);
        assertThat(c.checkerRole()).isEqualTo(CheckerRole.SENIOR_INVESTIGATOR);
        assertThat(c.conclusion()).isEqualTo(HindranceConclusion.NO_HINDRANCE);
        assertThat(c.checkerName()).isEmpty();
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
    void equalsByValue() {
        HindranceCheck named = HindranceCheck.builder().from(REQUIRED.buildWithAll()).checkerName("田中警部").build();

        assertThat(named).isNotEqualTo(REQUIRED.buildWithAll())
                .isEqualTo(HindranceCheck.builder().from(REQUIRED.buildWithAll()).checkerName("田中警部").build());
    }
}
