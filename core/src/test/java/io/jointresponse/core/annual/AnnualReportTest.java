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
                    .with("period", b -> b.period(ReportingPeriod.calendarYear(2024)))
                    .with("asOf", b -> b.asOf(LocalDate.of(2024, 12, 31)))
                    .with("instruction", b -> b.instruction(Instruction.libraryDefault()));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithNoCounts() {
        AnnualReport r = REQUIRED.buildWithAll();

        assertThat(r.prefecture()).isEqualTo(Prefecture.KANAGAWA);
        assertThat(r.period()).isEqualTo(ReportingPeriod.calendarYear(2024));
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(r.instruction().source()).isEqualTo(InstructionSource.LIBRARY_DEFAULT);
        assertThat(r.inForceTotal()).isEmpty();
        assertThat(r.inForceAtPeriodStart()).isEmpty();
        assertThat(r.inForceBySector()).isEmpty();
        assertThat(r.items()).isEmpty();
    }

    @Test
    void itemsAreTheCountsPresent() {
        AnnualReport r = AnnualReport.builder().from(REQUIRED.buildWithAll())
                .inForceTotal(3).concludedInPeriod(1).putInForceBySector(Sector.OTHER, 3).build();

        assertThat(r.items()).containsExactly(ReportItem.IN_FORCE_BY_SECTOR, ReportItem.IN_FORCE_TOTAL, ReportItem.CONCLUDED_IN_PERIOD);
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

        assertThat(r.inForceTotal()).contains(-1);
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
