package io.jointresponse.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.internal.RequiredAttributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AgreedCrimeTest {

    private static final RequiredAttributes<AgreedCrime.Builder, AgreedCrime> REQUIRED =
            RequiredAttributes.of(AgreedCrime::builder, AgreedCrime.Builder::build)
                    .with("type", b -> b.type(CrimeType.DOS_ATTACK));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromTheTypeAloneWithNoDescriptionOrReportItems() {
        AgreedCrime c = REQUIRED.buildWithAll();

        assertThat(c.type()).isEqualTo(CrimeType.DOS_ATTACK);
        assertThat(c.description()).isEmpty();
        assertThat(c.reportItems()).isEmpty();
        assertThat(AgreedCrime.of(CrimeType.DOS_ATTACK)).isEqualTo(c);
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void otherWithoutDescriptionStillBuildsForTheRuleToReport() {
        assertThat(AgreedCrime.of(CrimeType.OTHER).description()).isEmpty();
    }

    @Test
    void reportItemsKeepTheirOrderAndCannotBeAddedTo() {
        AgreedCrime c = AgreedCrime.builder().type(CrimeType.PHISHING)
                .addReportItems("誘導先URL", "送信元", "被害件数").build();

        assertThat(c.reportItems()).containsExactly("誘導先URL", "送信元", "被害件数");
        assertThatThrownBy(() -> c.reportItems().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
