package io.jointresponse.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseEraTest {

    @Test
    void eraInForceChangesOnItsFirstDay() {
        assertThat(JapaneseEra.inForceOn(LocalDate.of(2019, 4, 30))).isEqualTo(JapaneseEra.HEISEI);
        assertThat(JapaneseEra.inForceOn(LocalDate.of(2019, 5, 1))).isEqualTo(JapaneseEra.REIWA);
        assertThat(JapaneseEra.inForceOn(LocalDate.of(1989, 1, 7))).isEqualTo(JapaneseEra.SHOWA);
        assertThat(JapaneseEra.inForceOn(LocalDate.of(1989, 1, 8))).isEqualTo(JapaneseEra.HEISEI);
        assertThat(JapaneseEra.inForceOn(LocalDate.of(1926, 12, 25))).isEqualTo(JapaneseEra.SHOWA);
        assertThat(JapaneseEra.inForceOn(LocalDate.of(1912, 7, 29))).isEqualTo(JapaneseEra.MEIJI);
        assertThat(JapaneseEra.inForceOn(LocalDate.of(1912, 7, 30))).isEqualTo(JapaneseEra.TAISHO);
    }

    @Test
    void lastDayIsTheDayBeforeTheNextEra() {
        assertThat(JapaneseEra.HEISEI.lastDay()).contains(LocalDate.of(2019, 4, 30));
        assertThat(JapaneseEra.SHOWA.lastDay()).contains(LocalDate.of(1989, 1, 7));
        assertThat(JapaneseEra.REIWA.lastDay()).isEmpty();
        assertThat(JapaneseEra.HEISEI.isInForceOn(LocalDate.of(2019, 4, 30))).isTrue();
        assertThat(JapaneseEra.HEISEI.isInForceOn(LocalDate.of(2019, 5, 1))).isFalse();
        assertThat(JapaneseEra.HEISEI.isInForceOn(LocalDate.of(1989, 1, 7))).isFalse();
    }

    @Test
    void firstGregorianYearIsYearOneOfTheEra() {
        assertThat(JapaneseEra.MEIJI.firstGregorianYear()).isEqualTo(1868);
        assertThat(JapaneseEra.TAISHO.firstGregorianYear()).isEqualTo(1912);
        assertThat(JapaneseEra.SHOWA.firstGregorianYear()).isEqualTo(1926);
        assertThat(JapaneseEra.HEISEI.firstGregorianYear()).isEqualTo(1989);
        assertThat(JapaneseEra.REIWA.firstGregorianYear()).isEqualTo(2019);
        assertThat(JapaneseEra.HEISEI.gregorianYear(36)).isEqualTo(2024);
    }

    @Test
    void rejectsDayBeforeMeiji() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseEra.inForceOn(LocalDate.of(1868, 10, 22)))
                .withMessageContaining("1868-10-22");
    }

    @Test
    void findsEraByJapaneseNameAndRejectsUnknownName() {
        assertThat(JapaneseEra.ofJapaneseName("令和")).isEqualTo(JapaneseEra.REIWA);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JapaneseEra.ofJapaneseName("慶応"))
                .withMessageContaining("慶応");
    }

    @Test
    void rejectsEraYearZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseEra.HEISEI.gregorianYear(0));
    }
}
