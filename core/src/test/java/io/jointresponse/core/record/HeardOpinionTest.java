package io.jointresponse.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HeardOpinionTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 5, 31, 15, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<HeardOpinion.Builder, HeardOpinion> REQUIRED =
            RequiredAttributes.of(HeardOpinion::builder, HeardOpinion.Builder::build)
                    .with("heardAt", b -> b.heardAt(AT));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromTheTimeAloneWithoutASummary() {
        HeardOpinion entry = REQUIRED.buildWithAll();

        assertThat(entry.heardAt()).isEqualTo(AT);
        assertThat(entry.summary()).isEmpty();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void atMakesTheSameEntryAsTheBuilder() {
        assertThat(HeardOpinion.at(AT)).isEqualTo(REQUIRED.buildWithAll()).hasSameHashCodeAs(REQUIRED.buildWithAll());
    }

    @Test
    void aSummaryMakesAnotherValue() {
        HeardOpinion summarised = HeardOpinion.builder().from(HeardOpinion.at(AT)).summary("公表の必要性を説明").build();

        assertThat(summarised.summary()).contains("公表の必要性を説明");
        assertThat(summarised).isNotEqualTo(HeardOpinion.at(AT));
        assertThat(HeardOpinion.at(AT).summary()).isEmpty();
    }
}
