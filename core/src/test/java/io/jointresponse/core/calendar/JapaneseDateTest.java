package io.jointresponse.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDateTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "平成31年3月27日, 2019-03-27",
        "令和元年5月1日, 2019-05-01",
        "令和1年5月1日, 2019-05-01",
        "令和６年４月１日, 2024-04-01",
        "昭和64年1月7日, 1989-01-07",
        "平成元年1月8日, 1989-01-08",
        "大正元年7月30日, 1912-07-30",
        "明治45年7月29日, 1912-07-29",
        "平成 31 年 3 月 27 日, 2019-03-27",
        "'平成31年\u30003月27日', 2019-03-27",
        "令和06年04月01日, 2024-04-01",
        "㍻31年3月27日, 2019-03-27",
    })
    void readsDateInTheEraCalendar(String text, LocalDate expected) {
        JapaneseDate date = JapaneseDate.parse(text);
        assertThat(date.toLocalDate()).isEqualTo(expected);
        assertThat(date.text()).isEqualTo(text);
    }

    @Test
    void readsNominalHeiseiDatesAsTheGregorianDatesTheyMean() {
        JapaneseDate a = JapaneseDate.parse("平成36年3月31日");
        JapaneseDate b = JapaneseDate.parse("平成34年3月31日");
        assertThat(a.toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(b.toLocalDate()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(a.era()).isEqualTo(JapaneseEra.HEISEI);
        assertThat(a.yearOfEra()).isEqualTo(36);
        assertThat(a.isNominal()).isTrue();
        assertThat(a).hasToString("平成36年3月31日");
    }

    @Test
    void nominalDateIsKeptAsWrittenAndConvertedOnlyOnRequest() {
        JapaneseDate nominal = JapaneseDate.parse("平成36年3月31日");
        assertThat(nominal.toEraInForce()).hasToString("令和6年3月31日");
        assertThat(nominal.toEraInForce().toLocalDate()).isEqualTo(nominal.toLocalDate());
        assertThat(nominal).isNotEqualTo(nominal.toEraInForce());
    }

    @Test
    void dateWithinItsEraIsNotNominal() {
        assertThat(JapaneseDate.parse("平成31年4月30日").isNominal()).isFalse();
        assertThat(JapaneseDate.parse("平成31年5月1日").isNominal()).isTrue();
        assertThat(JapaneseDate.parse("平成元年1月7日").isNominal()).isTrue();
        assertThat(JapaneseDate.parse("令和元年5月1日").isNominal()).isFalse();
    }

    @Test
    void acceptsNominalDateOnFebruary29OfALeapYear() {
        JapaneseDate date = JapaneseDate.parse("平成32年2月29日");
        assertThat(date.toLocalDate()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(date.isNominal()).isTrue();
    }

    @Test
    void rejectsNominalDateOnFebruary29OfACommonYear() {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse("平成31年2月29日"))
                .withMessageContaining("平成31年2月29日")
                .withMessageContaining("2019")
                .satisfies(e -> assertThat(e.text()).isEqualTo("平成31年2月29日"));
    }

    @Test
    void rejectsDayTheMonthDoesNotHave() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseDate.parse("令和6年2月30日"))
                .withMessageContaining("令和6年2月30日")
                .withMessageContaining("2月30日");
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseDate.parse("令和6年4月31日"));
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseDate.parse("令和6年4月0日"));
    }

    @Test
    void rejectsMonthOutsideOneToTwelve() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseDate.parse("令和6年13月1日"))
                .withMessageContaining("month 13");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseDate.parse("令和6年0月1日"))
                .withMessageContaining("month 0");
    }

    @Test
    void rejectsUnknownEraNamingIt() {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse("慶応3年1月1日"))
                .withMessageContaining("慶応3年1月1日")
                .withMessageContaining("unknown era \"慶応\"");
    }

    @Test
    void rejectsEraYearZero() {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse("令和0年5月1日"))
                .withMessageContaining("令和0年5月1日")
                .withMessageContaining("era year 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-03-27", "hello", "31年3月27日", "平成", "平成31年", "平成31年3月", "平成31年3月27",
        "平成年3月27日", "平成31年月27日", "平成31年3月日", "平成31年3月27日まで",
        "平成31/3/27", "令和99999999999年1月1日"})
    void rejectsMalformedTextNamingIt(String text) {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000"})
    void rejectsEmptyText(String text) {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse(text))
                .withMessageContaining("empty");
    }

    @Test
    void missingPartIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseDate.parse("平成31年3月"))
                .withMessageContaining("the day is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseDate.parse("平成年3月27日"))
                .withMessageContaining("the year of the era is missing");
    }

    @Test
    void formatsInTheEraInForce() {
        assertThat(JapaneseDate.of(LocalDate.of(2019, 5, 1))).hasToString("令和元年5月1日");
        assertThat(JapaneseDate.of(LocalDate.of(2019, 4, 30))).hasToString("平成31年4月30日");
        assertThat(JapaneseDate.of(LocalDate.of(1989, 1, 7))).hasToString("昭和64年1月7日");
        assertThat(JapaneseDate.of(LocalDate.of(1989, 1, 8))).hasToString("平成元年1月8日");
        assertThat(JapaneseDate.of(LocalDate.of(2024, 3, 31)).format()).isEqualTo("令和6年3月31日");
        assertThat(JapaneseDate.of(LocalDate.of(2024, 3, 31)).isNominal()).isFalse();
    }

    @Test
    void rejectsFormattingBeforeMeiji() {
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseDate.of(LocalDate.of(1868, 1, 1)));
    }

    @Test
    void rejectsFormattingBeforeTheGregorianCalendarWasAdopted() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseDate.of(LocalDate.of(1872, 12, 31)))
                .withMessageContaining("1872-12-31")
                .withMessageContaining("1873-01-01 (明治6年1月1日)")
                .withMessageContaining("lunisolar");
        assertThat(JapaneseDate.of(JapaneseDate.GREGORIAN_CALENDAR_ADOPTED)).hasToString("明治6年1月1日");
        assertThat(JapaneseDate.of(JapaneseEra.MEIJI, 6, 1, 1).toLocalDate()).isEqualTo(LocalDate.of(1873, 1, 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseDate.of(JapaneseEra.MEIJI, 5, 12, 2))
                .withMessageContaining("lunisolar");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseDate.of(JapaneseEra.MEIJI, 5, 12, 3))
                .withMessageContaining("never existed");
    }

    @Test
    void buildsFromPartsIncludingNominalYears() {
        assertThat(JapaneseDate.of(JapaneseEra.HEISEI, 36, 3, 31)).isEqualTo(JapaneseDate.parse("平成36年3月31日"));
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseDate.of(JapaneseEra.HEISEI, 31, 2, 29));
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseDate.of(JapaneseEra.HEISEI, 0, 1, 1));
    }

    @Test
    void normalisedTextReadsBackToAnEqualValue() {
        JapaneseDate written = JapaneseDate.parse("令和 １ 年 ０５ 月 ０１ 日");
        assertThat(written).hasToString("令和元年5月1日");
        assertThat(JapaneseDate.parse(written.toString())).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(written.text()).isEqualTo("令和 １ 年 ０５ 月 ０１ 日");
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"平成31年5月1日, 令和元年5月1日", "平成元年1月7日, 昭和六十四年一月七日"})
    void sameDayInTwoErasIsTwoValues(String nominal, String inForce) {
        JapaneseDate a = JapaneseDate.parse(nominal);
        JapaneseDate b = JapaneseDate.parse(inForce);
        assertThat(a.toLocalDate()).isEqualTo(b.toLocalDate());
        assertThat(a).isNotEqualTo(b);
        assertThat(a.toEraInForce()).isEqualTo(b);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20190327L, 20190501L, -7L, 0x5EEDL})
    void formattedDatesReadBackToTheSameDay(long seed) {
        Random random = new Random(seed);
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        for (int i = 0; i < 400; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
            JapaneseDate date = JapaneseDate.of(day);
            JapaneseDate read = JapaneseDate.parse(date.toString());
            assertThat(read).as("seed %d, day %s, text %s", seed, day, date).isEqualTo(date);
            assertThat(read.toLocalDate()).as("seed %d, day %s, text %s", seed, day, date).isEqualTo(day);
            assertThat(read.isNominal()).as("seed %d, day %s, text %s", seed, day, date).isFalse();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 36L, 34L})
    void nominalDatesReadBackToTheSameValue(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            JapaneseEra era = JapaneseEra.values()[random.nextInt(JapaneseEra.values().length)];
            // 明治5年 and earlier are lunisolar dates, which no JapaneseDate holds.
            int yearOfEra = (era == JapaneseEra.MEIJI ? 6 : 1) + random.nextInt(120);
            LocalDate day = LocalDate.of(era.gregorianYear(yearOfEra), 1, 1).plusDays(random.nextInt(365));
            JapaneseDate date = JapaneseDate.of(era, yearOfEra, day.getMonthValue(), day.getDayOfMonth());
            assertThat(JapaneseDate.parse(date.toString())).as("seed %d, text %s", seed, date).isEqualTo(date);
            assertThat(date.toLocalDate()).as("seed %d, text %s", seed, date).isEqualTo(day);
        }
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
        "明治6年1月1日, 1873-01-01",
        "明治六年一月一日, 1873-01-01",
        "明治45年7月29日, 1912-07-29",
    })
    void readsTheFirstDayOfTheGregorianCalendarAndAfter(String text, LocalDate expected) {
        assertThat(JapaneseDate.parse(text).toLocalDate()).isEqualTo(expected);
        assertThat(JapaneseDate.GREGORIAN_CALENDAR_ADOPTED).isEqualTo(LocalDate.of(1873, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"明治5年12月2日", "明治五年十二月二日", "明治5年12月1日", "明治5年1月1日", "明治元年10月23日",
        "明治3年6月15日", "明治5年2月30日"})
    void rejectsLunisolarDatesBeforeTheGregorianCalendarSayingWhy(String text) {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse(text))
                .withMessageContaining("\"" + text + "\"")
                .withMessageContaining("lunisolar calendar")
                .withMessageContaining("明治6年1月1日 (1873-01-01)")
                .withMessageNotContaining("has no");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"明治5年12月3日", "明治5年12月31日", "明治五年十二月三十一日", "明治5年12月15日"})
    void rejectsTheDaysThatTheChangeOfCalendarSkipped(String text) {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse(text))
                .withMessageContaining("\"" + text + "\"")
                .withMessageContaining("never existed")
                .withMessageContaining("明治5年12月2日 straight to 明治6年1月1日 (1873-01-01)");
    }

    @ParameterizedTest(name = "{0}: nominal {2}")
    @CsvSource({
        "平成元年1月1日, 1989-01-01, true",
        "平成元年1月7日, 1989-01-07, true",
        "平成元年1月8日, 1989-01-08, false",
        "昭和64年1月7日, 1989-01-07, false",
        "令和元年4月1日, 2019-04-01, true",
        "令和元年4月30日, 2019-04-30, true",
        "令和元年5月1日, 2019-05-01, false",
        "大正元年1月1日, 1912-01-01, true",
        "大正元年7月30日, 1912-07-30, false",
    })
    void aDayBeforeItsEraBeganIsReadByTheYearRuleAsNominal(String text, LocalDate expected, boolean nominal) {
        JapaneseDate date = JapaneseDate.parse(text);
        assertThat(date.toLocalDate()).isEqualTo(expected);
        assertThat(date.isNominal()).isEqualTo(nominal);
        assertThat(date.toEraInForce().isNominal()).isFalse();
        assertThat(date.toEraInForce().toLocalDate()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "令和六年二月二十九日, 2024-02-29",
        "令和2年2月29日, 2020-02-29",
        "平成三十二年二月二十九日, 2020-02-29",
        "平成12年2月29日, 2000-02-29",
        "明治三十七年二月二十九日, 1904-02-29",
    })
    void acceptsFebruary29OfALeapYear(String text, LocalDate expected) {
        assertThat(JapaneseDate.parse(text).toLocalDate()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "令和五年二月二十九日, 2023",
        "令和5年2月29日, 2023",
        "平成31年2月29日, 2019",
        "明治33年2月29日, 1900",
        "令和82年2月29日, 2100",
        "令和六年二月三十日, 2024",
    })
    void rejectsFebruary29OfACommonYearAndFebruary30(String text, int year) {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse(text))
                .withMessageContaining("\"" + text + "\"")
                .withMessageContaining(year + " (")
                .withMessageContaining("has no 2月");
    }
}
