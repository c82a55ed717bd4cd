package io.jointresponse.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jointresponse.core.calendar.KanjiNumerals.Notation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanjiNumeralsTest {

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
        "一, 1, KANJI_DIGITS",
        "九, 9, KANJI_DIGITS",
        "十, 10, KANJI_PLACES",
        "十一, 11, KANJI_PLACES",
        "二十, 20, KANJI_PLACES",
        "二十九, 29, KANJI_PLACES",
        "三十一, 31, KANJI_PLACES",
        "六十四, 64, KANJI_PLACES",
        "百, 100, KANJI_PLACES",
        "百一, 101, KANJI_PLACES",
        "百十, 110, KANJI_PLACES",
        "百五十, 150, KANJI_PLACES",
        "二百, 200, KANJI_PLACES",
        "九百九十九, 999, KANJI_PLACES",
        "〇, 0, KANJI_DIGITS",
        "一〇, 10, KANJI_DIGITS",
        "三一, 31, KANJI_DIGITS",
        "〇六, 6, KANJI_DIGITS",
        "二〇二四, 2024, KANJI_DIGITS",
        "二○二四, 2024, KANJI_DIGITS",
        "二◯二四, 2024, KANJI_DIGITS",
        "31, 31, DIGITS",
        "06, 6, DIGITS",
    })
    void readsEachNotation(String token, int value, Notation notation) {
        assertThat(KanjiNumerals.read(token, 4)).isEqualTo(new KanjiNumerals.Reading(value, notation));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "3十1|mixes digits and kanji numerals",
        "1〇|mixes digits and kanji numerals",
        "二十〇|ambiguous",
        "百〇五|ambiguous",
        "十〇|ambiguous",
        "一十|no 一 before them",
        "一十一|no 一 before them",
        "一百|no 一 before them",
        "十十|at most once",
        "十百|at most once",
        "百百|at most once",
        "三一十|one digit stands before",
        "十一二|one digit stands before",
        "二二十|one digit stands before",
    })
    void rejectsMalformedNumeralQuotingIt(String token, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KanjiNumerals.read(token, 4))
                .withMessageContaining("\"" + token + "\"")
                .withMessageContaining(problem);
    }

    @Test
    void rejectsMoreSignificantDigitsThanAllowed() {
        assertThatIllegalArgumentException().isThrownBy(() -> KanjiNumerals.read("百", 2)).withMessageContaining("too large");
        assertThatIllegalArgumentException().isThrownBy(() -> KanjiNumerals.read("一〇〇", 2)).withMessageContaining("too large");
        assertThatIllegalArgumentException().isThrownBy(() -> KanjiNumerals.read("100", 2)).withMessageContaining("100 is too large");
        assertThat(KanjiNumerals.read("九十九", 2).value()).isEqualTo(99);
        assertThat(KanjiNumerals.read("〇〇九九", 2).value()).isEqualTo(99);
    }

    @Test
    void everyNumberFromOneTo999WritesAndReadsBackWithPlaces() {
        for (int n = 1; n <= 999; n++) {
            String kanji = KanjiNumerals.format(n);
            assertThat(KanjiNumerals.read(kanji, 3)).as(kanji).isEqualTo(new KanjiNumerals.Reading(n,
                    n < 10 ? Notation.KANJI_DIGITS : Notation.KANJI_PLACES));
        }
        assertThat(KanjiNumerals.format(27)).isEqualTo("二十七");
        assertThat(KanjiNumerals.format(110)).isEqualTo("百十");
        assertThat(KanjiNumerals.format(205)).isEqualTo("二百五");
    }

    @Test
    void rejectsFormattingOutsideOneTo999() {
        assertThatIllegalArgumentException().isThrownBy(() -> KanjiNumerals.format(0));
        assertThatIllegalArgumentException().isThrownBy(() -> KanjiNumerals.format(1000));
    }
}
