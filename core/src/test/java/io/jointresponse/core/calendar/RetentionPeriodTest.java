package io.jointresponse.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionPeriodTest {

    private static final LocalDate ISSUED = LocalDate.of(2019, 3, 27);

    @Test
    void fiveYearsFromNotice217EndOnMarch31Of2024() {
        assertThat(RetentionPeriod.retentionEnd(ISSUED, 5)).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void threeYearsFromNotice185EndOnMarch31Of2022() {
        assertThat(RetentionPeriod.retentionEnd(ISSUED, 3)).isEqualTo(LocalDate.of(2022, 3, 31));
    }

    @Test
    void countsFromAprilFirstOfTheNextFiscalYear() {
        assertThat(RetentionPeriod.ofYears(5).startFor(ISSUED)).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(RetentionPeriod.ofYears(1).startFor(LocalDate.of(2019, 4, 1))).isEqualTo(LocalDate.of(2020, 4, 1));
    }

    @Test
    void oneYearFromTheFirstDayOfAFiscalYearEndsTwoYearsLater() {
        assertThat(RetentionPeriod.retentionEnd(LocalDate.of(2019, 4, 1), 1)).isEqualTo(LocalDate.of(2021, 3, 31));
    }

    @ParameterizedTest(name = "{0} + {1} years ends {2}")
    @CsvSource({
        "2019-03-31, 1, 2020-03-31",
        "2019-04-01, 1, 2021-03-31",
        "2020-02-29, 10, 2030-03-31",
        "2018-04-01, 30, 2049-03-31",
    })
    void endsOnMarch31(LocalDate made, int years, LocalDate end) {
        assertThat(RetentionPeriod.ofYears(years).endFor(made)).isEqualTo(end);
    }

    @Test
    void rejectsPeriodOutsideOneTo9999Years() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetentionPeriod.ofYears(0)).withMessageContaining("0");
        assertThatIllegalArgumentException().isThrownBy(() -> RetentionPeriod.ofYears(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> RetentionPeriod.ofYears(10_000));
    }

    @Test
    void headerFormReadsBack() {
        assertThat(RetentionPeriod.ofYears(5)).hasToString("5年");
        assertThat(RetentionPeriod.parse("5年")).isEqualTo(RetentionPeriod.ofYears(5));
        assertThat(RetentionPeriod.parse("３０ 年")).isEqualTo(RetentionPeriod.ofYears(30));
    }

    @ParameterizedTest(name = "{0} is {1} years")
    @CsvSource({"五年, 5", "十年, 10", "三十年, 30", "'一 年', 1", "一〇年, 10", "９９９９年, 9999", "九百九十九年, 999"})
    void readsYearsInKanjiNumeralsAsHeadersWriteThem(String text, int years) {
        assertThat(RetentionPeriod.parse(text)).isEqualTo(RetentionPeriod.ofYears(years));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "0年", "〇年", "5年間", "-1年", "10000年", "一十年", "3十年", "二十〇年", "年"})
    void rejectsTextThatIsNotAPeriod(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPeriod.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }
}
