package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeNumberTest {

    @Test
    void readsAgencyClassDivisionAndSerial() {
        NoticeNumber n = NoticeNumber.parse("警察庁丁情対発第217号");
        assertThat(n.agency()).isEqualTo("警察庁");
        assertThat(n.noticeClass()).isEqualTo(NoticeClass.TEI);
        assertThat(n.divisionCode()).isEqualTo("情対");
        assertThat(n.serial()).isEqualTo(217);
        assertThat(n).hasToString("警察庁丁情対発第217号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"警察庁丁情対発第217号", "警察庁丙情対発第10号", "警察庁丁総発第178号", "警察庁丁情解発第42号",
        "警察庁甲サイバー発第1号", "警察庁乙備企発第999999999号"})
    void textReadsBackToAnEqualNumber(String text) {
        NoticeNumber n = NoticeNumber.parse(text);
        assertThat(n).hasToString(text);
        assertThat(NoticeNumber.parse(n.toString())).isEqualTo(n).hasSameHashCodeAs(n);
    }

    @Test
    void acceptsFullWidthDigitsAndSpacing() {
        assertThat(NoticeNumber.parse("警察庁 丁情対発 第２１７号")).isEqualTo(NoticeNumber.parse("警察庁丁情対発第217号"));
        assertThat(NoticeNumber.parse("警察庁丁情対発第０２１７号")).hasToString("警察庁丁情対発第217号");
    }

    @Test
    void buildsFromParts() {
        assertThat(NoticeNumber.of("警察庁", NoticeClass.TEI, "備企", 111)).isEqualTo(NoticeNumber.parse("警察庁丁備企発第111号"));
    }

    @Test
    void rejectsPartsOutsideTheForm() {
        assertThatIllegalArgumentException().isThrownBy(() -> NoticeNumber.of("", NoticeClass.TEI, "情対", 1))
                .withMessageContaining("agency");
        assertThatIllegalArgumentException().isThrownBy(() -> NoticeNumber.of("警察庁", NoticeClass.TEI, "情報技術対策", 1))
                .withMessageContaining("情報技術対策");
        assertThatIllegalArgumentException().isThrownBy(() -> NoticeNumber.of("警察庁", NoticeClass.TEI, "情対", 0))
                .withMessageContaining("serial");
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "''|empty",
        "警察庁丁情対発第217|does not end with 号",
        "警察庁丁情対第217号|lacks 発第",
        "警察庁丁情対発第号|serial number is missing",
        "警察庁丁情対発第二一七号|not written in digits",
        "警察庁丁情対発第0号|serial number 0",
        "警察庁丁情対発第9999999999号|too large",
        "警察庁情対発第217号|no class",
        "警察庁丁発第217号|division code",
        "警察庁丁情報技術犯罪発第217号|division code",
        "丁情対発第217号|no issuing agency",
        "警察庁1丁情対発第217号|issuing agency",
        "警察庁丁情対発第217号ほか|does not end with 号",
    })
    void rejectsMalformedNumberNamingTextAndProblem(String text, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NoticeNumber.parse(text))
                .withMessageContaining("\"" + text + "\"")
                .withMessageContaining(problem);
    }

    @Test
    void classSymbolsReadBack() {
        for (NoticeClass c : NoticeClass.values()) {
            assertThat(NoticeClass.ofSymbol(c.symbol())).isEqualTo(c);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> NoticeClass.ofSymbol('戊')).withMessageContaining("戊");
    }
}
