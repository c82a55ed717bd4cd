package io.jointresponse.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.organisation.NpaRole;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConcurrenceTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 7, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<Concurrence.Builder, Concurrence> REQUIRED =
            RequiredAttributes.of(Concurrence::builder, Concurrence.Builder::build)
                    .with("division", b -> b.division(NpaRole.SECURITY_PLANNING_DIVISION))
                    .with("concurredAt", b -> b.concurredAt(AT));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAlone() {
        Concurrence c = REQUIRED.buildWithAll();

        assertThat(c.division()).isEqualTo(NpaRole.SECURITY_PLANNING_DIVISION);
        assertThat(c.concurredAt()).isEqualTo(AT);
        assertThat(Concurrence.of(NpaRole.SECURITY_PLANNING_DIVISION, AT)).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, AT)).isNotEqualTo(c);
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
}
