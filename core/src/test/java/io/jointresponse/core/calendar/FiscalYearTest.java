package io.jointresponse.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest(name = "{0} is in FY{1}")
    @CsvSource({
        "2019-03-27, 2018",
        "2019-04-01, 2019",
        "2019-03-31, 2018",
        "2018-04-01, 2018",
        "2020-01-01, 2019",
        "2019-12-31, 2019",
    })
    void dayFallsInTheFiscalYearStartingTheAprilBefore(LocalDate day, int startYear) {
        FiscalYear fy = FiscalYear.containing(day);
        assertThat(fy.startYear()).isEqualTo(startYear);
        assertThat(fy.contains(day)).isTrue();
    }

    @Test
    void runsFromAprilFirstToMarch31OfTheNextYear() {
        FiscalYear fy = FiscalYear.of(2018);
        assertThat(fy.start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(fy.contains(LocalDate.of(2018, 3, 31))).isFalse();
        assertThat(fy.contains(LocalDate.of(2019, 4, 1))).isFalse();
        assertThat(fy.next()).isEqualTo(FiscalYear.of(2019));
        assertThat(fy.previous()).isEqualTo(FiscalYear.of(2017));
        assertThat(fy.next().start()).isEqualTo(fy.end().plusDays(1));
    }

    @Test
    void fiscalYearEndingOnALeapDayIsNotConfused() {
        assertThat(FiscalYear.containing(LocalDate.of(2024, 2, 29))).isEqualTo(FiscalYear.of(2023));
    }

    @Test
    void comparesByStartYear() {
        assertThat(FiscalYear.of(2018)).isLessThan(FiscalYear.of(2019));
        assertThat(FiscalYear.of(2018).isBefore(FiscalYear.of(2019))).isTrue();
        assertThat(FiscalYear.of(2019).isAfter(FiscalYear.of(2018))).isTrue();
        assertThat(FiscalYear.of(2019).isAfter(FiscalYear.of(2019))).isFalse();
    }

    @Test
    void textReadsBack() {
        assertThat(FiscalYear.of(2018)).hasToString("FY2018");
        assertThat(FiscalYear.parse("FY2018")).isEqualTo(FiscalYear.of(2018));
        assertThat(FiscalYear.parse("2018年度")).isEqualTo(FiscalYear.of(2018));
        assertThat(FiscalYear.parse("２０１８年度")).isEqualTo(FiscalYear.of(2018));
        assertThat(FiscalYear.parse(FiscalYear.of(-5).toString())).isEqualTo(FiscalYear.of(-5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2018", "FY", "fy2018", "FY20.18", "平成30年度"})
    void rejectsTextThatIsNotAFiscalYear(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FiscalYear.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }
}
