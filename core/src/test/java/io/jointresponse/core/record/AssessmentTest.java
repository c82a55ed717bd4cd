package io.jointresponse.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 5, 31, 15, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<Assessment.Builder, Assessment> REQUIRED =
            RequiredAttributes.of(Assessment::builder, Assessment.Builder::build)
                    .with("assessedAt", b -> b.assessedAt(AT));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromTheTimeAloneWithoutASummary() {
        Assessment entry = REQUIRED.buildWithAll();

        assertThat(entry.assessedAt()).isEqualTo(AT);
        assertThat(entry.summary()).isEmpty();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void atMakesTheSameEntryAsTheBuilder() {
        assertThat(Assessment.at(AT)).isEqualTo(REQUIRED.buildWithAll()).hasSameHashCodeAs(REQUIRED.buildWithAll());
    }

    @Test
    void aSummaryMakesAnotherValue() {
        Assessment summarised = Assessment.builder().from(Assessment.at(AT)).summary("公表の必要性を説明").build();

        assertThat(summarised.summary()).contains("公表の必要性を説明");
        assertThat(summarised).isNotEqualTo(Assessment.at(AT));
        assertThat(Assessment.at(AT).summary()).isEmpty();
    }
}
