package io.jointresponse.core.jc3;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Jc3InformationTest {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2024, 8, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<Jc3Information.Builder, Jc3Information> REQUIRED =
            RequiredAttributes.of(Jc3Information::builder, Jc3Information.Builder::build)
                    .with("reference", b -> b.reference("JC3-2024-0042"))
                    .with("receivedAt", b -> b.receivedAt(RECEIVED));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneMarkedConfidential() {
        Jc3Information i = REQUIRED.buildWithAll();

        assertThat(i.reference()).isEqualTo("JC3-2024-0042");
        assertThat(i.receivedAt()).isEqualTo(RECEIVED);
        assertThat(i.marking()).isEqualTo(HandlingMarking.CONFIDENTIAL);
        assertThat(i.summary()).isEmpty();
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
    void thirdPartyMarkingStillBuildsForTheRuleToReport() {
        Jc3Information marked = Jc3Information.builder().from(REQUIRED.buildWithAll()).marking(HandlingMarking.THIRD_PARTY_DISCLOSURE).build();

        assertThat(marked.marking()).isEqualTo(HandlingMarking.THIRD_PARTY_DISCLOSURE);
        assertThat(marked).isNotEqualTo(REQUIRED.buildWithAll());
    }
}
