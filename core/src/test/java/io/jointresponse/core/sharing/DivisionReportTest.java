package io.jointresponse.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.Prefecture;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DivisionReportTest {

    private static final OffsetDateTime REPORTED = OffsetDateTime.of(2024, 7, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<DivisionReport.Builder, DivisionReport> REQUIRED =
            RequiredAttributes.of(DivisionReport::builder, DivisionReport.Builder::build)
                    .with("id", b -> b.id("DR-1"))
                    .with("prefecture", b -> b.prefecture(Prefecture.OSAKA))
                    .with("reportedAt", b -> b.reportedAt(REPORTED))
                    .with("summary", b -> b.summary("オンラインショップへのクレジットカード情報窃取"));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneAddressedToNoOne() {
        DivisionReport r = REQUIRED.buildWithAll();

        assertThat(r.id()).isEqualTo("DR-1");
        assertThat(r.prefecture()).isEqualTo(Prefecture.OSAKA);
        assertThat(r.reportedAt()).isEqualTo(REPORTED);
        assertThat(r.summary()).isEqualTo("オンラインショップへのクレジットカード情報窃取");
        assertThat(r.addressedTo()).isEmpty();
        assertThat(r.crimeTypes()).isEmpty();
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
    void addressedToIsASetThatCannotBeAddedTo() {
        DivisionReport r = DivisionReport.builder().from(REQUIRED.buildWithAll())
                .addAddressedTo(NpaRole.CYBERCRIME_DIVISION, NpaRole.CYBERCRIME_DIVISION)
                .build();

        assertThat(r.addressedTo()).containsExactly(NpaRole.CYBERCRIME_DIVISION);
        assertThatThrownBy(() -> r.addressedTo().add(NpaRole.SECURITY_PLANNING_DIVISION))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
