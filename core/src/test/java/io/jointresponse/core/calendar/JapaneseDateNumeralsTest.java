package io.jointresponse.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.jointresponse.core.calendar.JapaneseDate.Numerals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Japanese dates in kanji numerals, as officials write them, and in the other numerals on request. */
class JapaneseDateNumeralsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "平成三十一年三月二十七日, 2019-03-27",
        "令和元年十月一日, 2019-10-01",
        "令和六年二月二十九日, 2024-02-29",
        "平成三十六年三月三十一日, 2024-03-31",
        "平成三十四年三月三十一日, 2022-03-31",
        "令和一年五月一日, 2019-05-01",
        "令和五年十二月十日, 2023-12-10",
        "昭和六十四年一月七日, 1989-01-07",
        "大正十五年十二月二十四日, 1926-12-24",
        "昭和百年一月一日, 2025-01-01",
        "明治百五十年十月二十三日, 2017-10-23",
        // digit by digit with 〇, as vertical typesetting writes months and days
        "令和五年一〇月一〇日, 2023-10-10",
        "平成三一年三月二七日, 2019-03-27",
        "令和〇六年〇四月〇一日, 2024-04-01",
        "令和五年一○月二○日, 2023-10-20",
        "令和五年一◯月三◯日, 2023-10-30",
        // a notation per number, and the spacing OCR leaves
        "令和6年十月1日, 2024-10-01",
        "令和６年十月１日, 2024-10-01",
        "'令和 六 年 三 月 一 日', 2024-03-01",
        "'\u3000平成三十一年三月二十七日', 2019-03-27",
        "㍻三十一年三月二十七日, 2019-03-27",
    })
    void readsKanjiNumeralsAsOfficialsWriteThem(String text, LocalDate expected) {
        JapaneseDate date = JapaneseDate.parse(text);
        assertThat(date.toLocalDate()).isEqualTo(expected);
        assertThat(date.text()).isEqualTo(text);
        assertThat(JapaneseDate.parse(date.toString())).isEqualTo(date);
    }

    @Test
    void aNominalYearInKanjiMeansWhatItMeansInDigits() {
        JapaneseDate kanji = JapaneseDate.parse("平成三十六年三月三十一日");
        JapaneseDate digits = JapaneseDate.parse("平成36年3月31日");
        assertThat(kanji).isEqualTo(digits).hasSameHashCodeAs(digits);
        assertThat(kanji.toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(kanji.yearOfEra()).isEqualTo(36);
        assertThat(kanji.isNominal()).isTrue();
        assertThat(kanji.text()).isEqualTo("平成三十六年三月三十一日");
        assertThat(kanji).hasToString("平成36年3月31日");
        assertThat(kanji.toEraInForce()).hasToString("令和6年3月31日");
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "令和十十年一月一日|the year of the era \"十十\" is not a kanji numeral: 百 and 十 come at most once",
        "令和一十年一月一日|the year of the era \"一十\" is not how kanji numerals are written",
        "平成三一十年一月一日|the year of the era \"三一十\" is not a kanji numeral",
        "令和五年二十〇月一日|the month \"二十〇\" mixes 〇 with 十 or 百, which makes it ambiguous",
        "令和五年十月3十1日|the day \"3十1\" mixes digits and kanji numerals",
        "令和五年百月一日|the month \"百\" is too large",
        "令和五年十三月一日|month 13 does not exist",
        "令和五年一月〇日|has no 1月0日",
        "令和〇年一月一日|era year 0 does not exist",
        "令和二〇二四年一月一日|a year of an era written in kanji goes up to 九百九十九; 2024 is a Gregorian year",
        "令和二〇二四年一月一日|(2024 is 令和六年)",
        "平成二〇一九年三月二十七日|(2019 is 平成三十一年)",
        "令和千年一月一日|the year of the era is missing before \"千年一月一日\": expected digits (31), kanji numerals (三十一) or 元",
        "令和五年零月一日|the month is missing before \"零月一日\": expected digits (3) or kanji numerals (三)",
        "平成参拾壱年三月二十七日|the year of the era is missing",
        "令和五年十月|the day is missing: expected digits (27) or kanji numerals (二十七)",
        "令和五年十月一|expected 日 after the day, found the end of the text",
        "慶応三年一月一日|unknown era \"慶応\"",
    })
    void rejectsMalformedNumeralsQuotingTheTextAndSayingWhatWasExpected(String text, String problem) {
        assertThatExceptionOfType(JapaneseDateParseException.class)
                .isThrownBy(() -> JapaneseDate.parse(text))
                .withMessageStartingWith("Cannot read \"" + text + "\" as a Japanese date: ")
                .withMessageContaining(problem)
                .satisfies(e -> assertThat(e.text()).isEqualTo(text));
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
        "2019-03-27, KANJI, 平成三十一年三月二十七日",
        "2019-10-01, KANJI, 令和元年十月一日",
        "2024-02-29, KANJI, 令和六年二月二十九日",
        "2019-05-01, KANJI, 令和元年五月一日",
        "1989-01-07, KANJI, 昭和六十四年一月七日",
        "1873-01-01, KANJI, 明治六年一月一日",
        "2019-03-27, FULL_WIDTH_DIGITS, 平成３１年３月２７日",
        "2019-10-01, FULL_WIDTH_DIGITS, 令和元年１０月１日",
        "2019-10-01, DIGITS, 令和元年10月1日",
    })
    void formatsWithTheNumeralsAskedFor(LocalDate day, Numerals numerals, String expected) {
        JapaneseDate date = JapaneseDate.of(day);
        assertThat(date.format(numerals)).isEqualTo(expected);
        JapaneseDate read = JapaneseDate.parse(expected);
        assertThat(read).isEqualTo(date);
        assertThat(read.text()).isEqualTo(expected);
    }

    @Test
    void formatsNominalAndLongYearsInKanji() {
        assertThat(JapaneseDate.parse("平成36年3月31日").format(Numerals.KANJI)).isEqualTo("平成三十六年三月三十一日");
        assertThat(JapaneseDate.of(JapaneseEra.SHOWA, 100, 1, 1).format(Numerals.KANJI)).isEqualTo("昭和百年一月一日");
        assertThat(JapaneseDate.of(JapaneseEra.REIWA, 110, 12, 20).format(Numerals.KANJI)).isEqualTo("令和百十年十二月二十日");
        assertThat(JapaneseDate.of(JapaneseEra.REIWA, 999, 1, 1).format(Numerals.KANJI)).isEqualTo("令和九百九十九年一月一日");
    }

    @Test
    void refusesToWriteAYearOfEraBeyond999InKanji() {
        JapaneseDate far = JapaneseDate.of(JapaneseEra.REIWA, 1000, 1, 1);
        assertThatExceptionOfType(DateTimeException.class)
                .isThrownBy(() -> far.format(Numerals.KANJI))
                .withMessageContaining("1000");
        assertThat(far.format(Numerals.DIGITS)).isEqualTo("令和1000年1月1日");
    }

    @ParameterizedTest
    @EnumSource(Numerals.class)
    void digitsAreTheNormalisedForm(Numerals numerals) {
        JapaneseDate date = JapaneseDate.parse(JapaneseDate.of(LocalDate.of(2024, 12, 25)).format(numerals));
        assertThat(date.format()).isEqualTo(date.format(Numerals.DIGITS)).isEqualTo(date.toString());
    }

    static LongStream seeds() {
        return LongStream.of(1L, 7L, 1873L, 19890108L, 20190501L, 0x5EEDL, -42L, 31L);
    }

    /** Any day from 1873 on, in the era in force and in a random era (nominal), in every numeral. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFormReadsBackToTheSameValue(long seed) {
        Random random = new Random(seed);
        long first = JapaneseDate.GREGORIAN_CALENDAR_ADOPTED.toEpochDay();
        long last = LocalDate.of(2300, 12, 31).toEpochDay();
        for (int i = 0; i < 500; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
            JapaneseEra era = JapaneseEra.values()[random.nextInt(JapaneseEra.values().length)];
            JapaneseDate inForce = JapaneseDate.of(day);
            JapaneseDate inEra = day.getYear() >= era.firstGregorianYear()
                    ? JapaneseDate.of(era, day.getYear() - era.firstGregorianYear() + 1, day.getMonthValue(), day.getDayOfMonth())
                    : inForce;
            for (JapaneseDate date : List.of(inForce, inEra)) {
                for (Numerals numerals : Numerals.values()) {
                    String text = date.format(numerals);
                    JapaneseDate read = JapaneseDate.parse(text);
                    String context = "seed " + seed + ", day " + day + ", text " + text;
                    assertThat(read).as(context).isEqualTo(date);
                    assertThat(read.toLocalDate()).as(context).isEqualTo(day);
                    assertThat(read.text()).as(context).isEqualTo(text);
                    assertThat(read.isNominal()).as(context).isEqualTo(date.isNominal());
                    String spaced = spaced(text, random);
                    assertThat(JapaneseDate.parse(spaced)).as(context + ", spaced " + spaced).isEqualTo(date);
                }
            }
        }
    }

    /** The text with spacing as OCR leaves it: spaces, ideographic spaces or tabs between characters. */
    private static String spaced(String text, Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            sb.append(text.charAt(i));
            if (random.nextInt(4) == 0) {
                sb.append(" \u3000\t".charAt(random.nextInt(3)));
            }
        }
        return sb.toString();
    }
}
