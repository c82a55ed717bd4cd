package io.jointresponse.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefectureTest {

    @Test
    void hasFortySevenPrefecturesWithCodesOneToFortySevenInOrder() {
        Prefecture[] all = Prefecture.values();

        assertThat(all).hasSize(47);
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i].code()).as(all[i].name()).isEqualTo(i + 1);
            assertThat(Prefecture.ofCode(i + 1)).isSameAs(all[i]);
        }
        assertThat(all[0]).isEqualTo(Prefecture.HOKKAIDO);
        assertThat(all[46]).isEqualTo(Prefecture.OKINAWA);
    }

    @Test
    void tokyoIsThirteenAndItsPoliceIsTheMetropolitanPoliceDepartment() {
        assertThat(Prefecture.TOKYO.code()).isEqualTo(13);
        assertThat(Prefecture.TOKYO.codeText()).isEqualTo("13");
        assertThat(Prefecture.TOKYO.japaneseName()).isEqualTo("東京都");
        assertThat(Prefecture.TOKYO.policeName()).isEqualTo("警視庁");
        assertThat(Prefecture.TOKYO.isMetropolitanPolice()).isTrue();
    }

    @Test
    void onlyTokyosPoliceIsTheMetropolitanPolice() {
        assertThat(Arrays.stream(Prefecture.values()).filter(Prefecture::isMetropolitanPolice))
                .containsExactly(Prefecture.TOKYO);
    }

    @Test
    void otherPoliceAreNamedAfterTheirPrefecture() {
        assertThat(Prefecture.OSAKA.policeName()).isEqualTo("大阪府警察");
        assertThat(Prefecture.HOKKAIDO.policeName()).isEqualTo("北海道警察");
        assertThat(Prefecture.KYOTO.policeName()).isEqualTo("京都府警察");
        for (Prefecture p : Prefecture.values()) {
            if (p != Prefecture.TOKYO) {
                assertThat(p.policeName()).isEqualTo(p.japaneseName() + "警察");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"13, TOKYO", "01, HOKKAIDO", "1, HOKKAIDO", "09, TOCHIGI", "9, TOCHIGI", "27, OSAKA", "47, OKINAWA"})
    void parsesOneOrTwoDigitCodes(String text, Prefecture expected) {
        assertThat(Prefecture.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Prefecture.class)
    void parseReadsBackTheTwoDigitCode(Prefecture p) {
        assertThat(p.codeText()).hasSize(2);
        assertThat(Prefecture.parse(p.codeText())).isSameAs(p);
    }

    @ParameterizedTest
    @EnumSource(Prefecture.class)
    void toStringIsTheNameThatValueOfReadsBack(Prefecture p) {
        assertThat(p.toString()).isEqualTo(p.name());
        assertThat(Prefecture.valueOf(p.toString())).isSameAs(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "00", "48", "99", "x", "", "013", " 13", "-1", "１３", "13 "})
    void rejectsTextThatIsNoCodeNamingTheText(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Prefecture.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }

    @Test
    void rejectsNullText() {
        assertThatNullPointerException().isThrownBy(() -> Prefecture.parse(null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 48, -13})
    void rejectsCodesOutsideOneToFortySeven(int code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Prefecture.ofCode(code))
                .withMessageEndingWith(": " + code);
    }

    @ParameterizedTest
    @CsvSource({"警視庁, TOKYO", "東京都, TOKYO", "北海道, HOKKAIDO", "北海道警察, HOKKAIDO", "大阪府, OSAKA", "大阪府警察, OSAKA"})
    void findsAPrefectureByItsNameOrItsPolicesName(String name, Prefecture expected) {
        assertThat(Prefecture.ofJapaneseName(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"大阪", "東京", "警察庁", ""})
    void rejectsUnknownNamesNamingThem(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> Prefecture.ofJapaneseName(name))
                .withMessageContaining("\"" + name + "\"");
    }

    @ParameterizedTest
    @EnumSource(Prefecture.class)
    void everyPrefectureIsFoundByBothItsNames(Prefecture p) {
        assertThat(Prefecture.ofJapaneseName(p.japaneseName())).isSameAs(p);
        assertThat(Prefecture.ofJapaneseName(p.policeName())).isSameAs(p);
    }
}
