package io.jointresponse.core.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnnualReportTest {

    private static final RequiredAttributes<AnnualReport.Builder, AnnualReport> REQUIRED =
            RequiredAttributes.of(AnnualReport::builder, AnnualReport.Builder::build)
                    .with("prefecture", b -> b.prefecture(Prefecture.KANAGAWA))
                    .with("year", b -> b.year(2024))
                    .with("asOf", b -> b.asOf(LocalDate.of(2024, 12, 31)))
                    .with("inForceTotal", b -> b.inForceTotal(3))
                    .with("previousYearTotal", b -> b.previousYearTotal(2))
                    .with("concludedDuringYear", b -> b.concludedDuringYear(2))
                    .with("terminatedDuringYear", b -> b.terminatedDuringYear(1))
                    .with("existingChannelArrangements", b -> b.existingChannelArrangements(1))
                    .with("vendorCounterpartPartners", b -> b.vendorCounterpartPartners(0));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithNoSectorCounts() {
        AnnualReport r = REQUIRED.buildWithAll();

        assertThat(r.prefecture()).isEqualTo(Prefecture.KANAGAWA);
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(r.inForceTotal()).isEqualTo(3);
        assertThat(r.previousYearTotal()).isEqualTo(2);
        assertThat(r.concludedDuringYear()).isEqualTo(2);
        assertThat(r.terminatedDuringYear()).isEqualTo(1);
        assertThat(r.existingChannelArrangements()).isEqualTo(1);
        assertThat(r.vendorCounterpartPartners()).isZero();
        assertThat(r.inForceBySector()).isEmpty();
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
    void countsThatDoNotAddUpStillBuildForTheRuleToReport() {
        AnnualReport r = AnnualReport.builder().from(REQUIRED.buildWithAll())
                .putInForceBySector(Sector.FINANCIAL_INSTITUTION, 7)
                .inForceTotal(-1)
                .build();

        assertThat(r.inForceTotal()).isEqualTo(-1);
        assertThat(r.inForceBySector()).containsEntry(Sector.FINANCIAL_INSTITUTION, 7);
    }

    @Test
    void sectorCountsCannotBeChanged() {
        AnnualReport r = AnnualReport.builder().from(REQUIRED.buildWithAll())
                .putInForceBySector(Sector.ONLINE_SHOP, 3)
                .build();

        assertThatThrownBy(() -> r.inForceBySector().put(Sector.ONLINE_SHOP, 4)).isInstanceOf(UnsupportedOperationException.class);
    }
}
