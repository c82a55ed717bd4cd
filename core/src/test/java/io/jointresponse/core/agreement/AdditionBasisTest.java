package io.jointresponse.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AdditionBasisTest {

    private static final RequiredAttributes<AdditionBasis.Builder, AdditionBasis> REQUIRED =
            RequiredAttributes.of(AdditionBasis::builder, AdditionBasis.Builder::build)
                    .with("reason", b -> b.reason(AdditionReason.SIGNIFICANT_INCIDENT))
                    .with("description", b -> b.description("電力事業者への大規模な不正アクセス"));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithoutADecisionDate() {
        AdditionBasis basis = REQUIRED.buildWithAll();

        assertThat(basis.reason()).isEqualTo(AdditionReason.SIGNIFICANT_INCIDENT);
        assertThat(basis.description()).isEqualTo("電力事業者への大規模な不正アクセス");
        assertThat(basis.decidedOn()).isEmpty();
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
    void ofMakesTheSameBasisAsTheBuilder() {
        assertThat(AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "電力事業者への大規模な不正アクセス"))
                .isEqualTo(REQUIRED.buildWithAll());
    }

    @Test
    void withDecisionDateIsAnotherValue() {
        AdditionBasis dated = AdditionBasis.builder().from(REQUIRED.buildWithAll()).decidedOn(LocalDate.of(2023, 6, 1)).build();

        assertThat(dated.decidedOn()).contains(LocalDate.of(2023, 6, 1));
        assertThat(dated).isNotEqualTo(REQUIRED.buildWithAll());
    }
}
