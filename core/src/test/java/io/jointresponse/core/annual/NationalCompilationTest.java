package io.jointresponse.core.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NationalCompilationTest {

    private static final RequiredAttributes<NationalCompilation.Builder, NationalCompilation> REQUIRED =
            RequiredAttributes.of(NationalCompilation::builder, NationalCompilation.Builder::build)
                    .with("period", b -> b.period(ReportingPeriod.calendarYear(2024)));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromThePeriodAloneWithNoReportsAndZeroTotals() {
        NationalCompilation c = REQUIRED.buildWithAll();

        assertThat(c.period()).isEqualTo(ReportingPeriod.calendarYear(2024));
        assertThat(c.reports()).isEmpty();
        assertThat(c.inForceTotal()).isZero();
        assertThat(c.inForceBySector()).containsOnlyKeys(Sector.values()).allSatisfy((s, n) -> assertThat(n).isZero());
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void nationalFiguresAreTheSumsOfTheReports() {
        NationalCompilation c = NationalCompilation.builder().period(ReportingPeriod.calendarYear(2024))
                .addReports(report(Prefecture.TOKYO, 5).putInForceBySector(Sector.FINANCIAL_INSTITUTION, 3)
                        .putInForceBySector(Sector.DATA_CENTRE, 2).build())
                .addReports(report(Prefecture.OSAKA, 2).putInForceBySector(Sector.FINANCIAL_INSTITUTION, 1)
                        .putInForceBySector(Sector.OTHER, 1).build())
                .build();

        assertThat(c.inForceTotal()).isEqualTo(7); // 5 + 2
        assertThat(c.inForceBySector()).containsExactly(
                entry(Sector.FINANCIAL_INSTITUTION, 4), // 3 + 1
                entry(Sector.CRYPTO_ASSET_EXCHANGE, 0),
                entry(Sector.DATA_CENTRE, 2),
                entry(Sector.ONLINE_SHOP, 0),
                entry(Sector.OTHER, 1));
        assertThatThrownBy(() -> c.inForceBySector().put(Sector.OTHER, 9)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void twoReportsOfOnePrefectureStillBuildForTheRuleToReport() {
        AnnualReport tokyo = report(Prefecture.TOKYO, 1).build();

        NationalCompilation c = AnnualReports.compile(ReportingPeriod.calendarYear(2024), List.of(tokyo, tokyo));

        assertThat(c.reports()).containsExactly(tokyo, tokyo);
        assertThat(c.period()).isEqualTo(ReportingPeriod.calendarYear(2024));
    }

    private static AnnualReport.Builder report(Prefecture p, int inForce) {
        return AnnualReport.builder().prefecture(p).period(ReportingPeriod.calendarYear(2024)).asOf(LocalDate.of(2024, 12, 31))
                .instruction(Instruction.libraryDefault()).inForceTotal(inForce)
                .inForceAtPeriodStart(inForce).concludedInPeriod(0).terminatedInPeriod(0)
                .existingChannelArrangements(0).vendorCounterpartPartners(0);
    }
}
