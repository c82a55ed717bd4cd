package io.jointresponse.core.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void calendarYearRunsFromJanuaryToDecember() {
        ReportingPeriod p = ReportingPeriod.calendarYear(2024);
        assertThat(p.type()).isEqualTo(PeriodType.CALENDAR_YEAR);
        assertThat(p.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(p.isConsistent()).isTrue();
    }

    @Test
    void fiscalYearIsNamedByTheYearItStartsIn() {
        // 令和5年度 = fiscal 2023 = 2023-04-01 to 2024-03-31.
        ReportingPeriod p = ReportingPeriod.fiscalYear(2023);
        assertThat(p.start()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(p.isConsistent()).isTrue();
        assertThat(p).hasToString("FISCAL_YEAR 2023-04-01..2024-03-31");
    }

    @Test
    void explicitDatesEndOnOrAfterTheyStart() {
        assertThat(ReportingPeriod.between(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)).isConsistent()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.between(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)));
        ReportingPeriod backwards = ReportingPeriod.builder().type(PeriodType.EXPLICIT)
                .start(LocalDate.of(2024, 5, 2)).end(LocalDate.of(2024, 5, 1)).build();
        assertThat(backwards.isConsistent()).as("built, for ANR-001 to report").isFalse();
    }

    @Test
    void datesThatAreNotThoseOfTheTypeAreInconsistent() {
        assertThat(ReportingPeriod.builder().type(PeriodType.CALENDAR_YEAR).start(LocalDate.of(2024, 4, 1))
                .end(LocalDate.of(2025, 3, 31)).build().isConsistent()).isFalse();
        assertThat(ReportingPeriod.builder().type(PeriodType.FISCAL_YEAR).start(LocalDate.of(2024, 1, 1))
                .end(LocalDate.of(2024, 12, 31)).build().isConsistent()).isFalse();
        assertThat(ReportingPeriod.builder().type(PeriodType.CALENDAR_YEAR).start(LocalDate.of(2024, 1, 1))
                .end(LocalDate.of(2025, 12, 31)).build().isConsistent()).isFalse();
    }

    @Test
    void containsItsFirstAndLastDays() {
        ReportingPeriod p = ReportingPeriod.fiscalYear(2023);
        assertThat(p.contains(LocalDate.of(2023, 4, 1))).isTrue();
        assertThat(p.contains(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(p.contains(LocalDate.of(2023, 3, 31))).isFalse();
        assertThat(p.contains(LocalDate.of(2024, 4, 1))).isFalse();
    }

    @Test
    void yearsOutOfRangeAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.calendarYear(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.calendarYear(10_000));
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.fiscalYear(9999));
    }

    @Test
    void theLibrarysDefaultSaysItIsTheLibrarysAndCountsEverythingAsOf31December() {
        ReportingInstruction d = ReportingInstruction.libraryDefault(2024);
        assertThat(d.period()).isEqualTo(ReportingPeriod.calendarYear(2024));
        assertThat(d.countDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.items()).containsExactly(ReportItem.values());
        assertThat(d.instruction().source()).isEqualTo(InstructionSource.LIBRARY_DEFAULT);
        assertThat(InstructionSource.LIBRARY_DEFAULT.japaneseLabel()).contains("本ライブラリの既定").contains("ではない");
        assertThat(ReportingInstruction.of(ReportingPeriod.fiscalYear(2024)).instruction().source()).isEqualTo(InstructionSource.GIVEN);
    }
}
