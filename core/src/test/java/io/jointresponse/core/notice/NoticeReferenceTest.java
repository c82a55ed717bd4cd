package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.jointresponse.core.calendar.JapaneseDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeReferenceTest {

    @Test
    void readsCitationWithAndOthers() {
        NoticeReference r = NoticeReference.parse("平成24年7月12日付け警察庁丁情対発第159号ほか");
        assertThat(r.issuedOn().toLocalDate()).isEqualTo(LocalDate.of(2012, 7, 12));
        assertThat(r.numbers()).containsExactly(NoticeNumber.parse("警察庁丁情対発第159号"));
        assertThat(r.andOthers()).isTrue();
        assertThat(r.title()).isEmpty();
        assertThat(r).hasToString("平成24年7月12日付け警察庁丁情対発第159号ほか");
    }

    @Test
    void readsCitationWithoutAndOthers() {
        NoticeReference r = NoticeReference.parse("平成31年3月27日付け警察庁丁情対発第217号、丁備企発第111号");
        assertThat(r.andOthers()).isFalse();
        assertThat(r.numbers()).hasSize(2);
        assertThat(r).hasToString("平成31年3月27日付け警察庁丁情対発第217号、丁備企発第111号");
    }

    @Test
    void readsTitleKeptAsWrittenIncludingBracketsInside() {
        String text = "「サイバー犯罪に対する警察と民間事業者の共同対処の推進について(通達)」(平成31年3月27日付け警察庁丙情対発第10号ほか)";
        NoticeReference r = NoticeReference.parse(text);
        assertThat(r.title()).contains("サイバー犯罪に対する警察と民間事業者の共同対処の推進について(通達)");
        assertThat(r.numbers()).containsExactly(NoticeNumber.parse("警察庁丙情対発第10号"));
        assertThat(r).hasToString(text);
        assertThat(r.citation()).isEqualTo("平成31年3月27日付け警察庁丙情対発第10号ほか");
    }

    @Test
    void acceptsFullWidthBracketsSpacingAndShortTsuke() {
        NoticeReference r = NoticeReference.parse("「標題」（平成２４年７月１２日付 警察庁丁情対発第１５９号 ほか）");
        assertThat(r).isEqualTo(NoticeReference.parse("「標題」(平成24年7月12日付け警察庁丁情対発第159号ほか)"));
    }

    @Test
    void readsACitationWhoseDateIsWrittenInKanjiNumerals() {
        NoticeReference r = NoticeReference.parse("「標題」(平成二十四年七月十二日付け警察庁丁情対発第159号ほか)");
        assertThat(r).isEqualTo(NoticeReference.parse("「標題」(平成24年7月12日付け警察庁丁情対発第159号ほか)"));
        assertThat(r.issuedOn().toLocalDate()).isEqualTo(LocalDate.of(2012, 7, 12));
        assertThat(r.citation()).isEqualTo("平成24年7月12日付け警察庁丁情対発第159号ほか");
    }

    @Test
    void textReadsBackToAnEqualReference() {
        NoticeReference r = NoticeReference.builder()
                .issuedOn(JapaneseDate.parse("平成27年4月22日"))
                .addNumbers(NoticeNumber.parse("警察庁丁情対発第122号"))
                .andOthers(true)
                .title("日本版NCFTAである一般財団法人日本サイバー犯罪対策センターとの連携に向けた警察における対応について")
                .build();
        assertThat(NoticeReference.parse(r.toString())).isEqualTo(r).hasSameHashCodeAs(r);
    }

    @Test
    void buildsWithRequiredFieldsOnly() {
        NoticeReference r = NoticeReference.of(JapaneseDate.parse("平成24年7月12日"),
                List.of(NoticeNumber.parse("警察庁丁情対発第159号")), false);
        assertThat(r.andOthers()).isFalse();
        assertThat(r.title()).isEmpty();
    }

    @Test
    void missingDateIsNamedInTheError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> NoticeReference.builder().addNumbers(NoticeNumber.parse("警察庁丁情対発第159号")).build())
                .withMessageContaining("issuedOn");
    }

    @Test
    void rejectsReferenceWithoutNumber() {
        assertThatIllegalStateException()
                .isThrownBy(() -> NoticeReference.builder().issuedOn(JapaneseDate.parse("平成24年7月12日")).build())
                .withMessageContaining("number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "警察庁丁情対発第159号ほか", "平成24年7月12日付け", "平成24年2月30日付け警察庁丁情対発第159号",
        "平成24年7月12日付け丁情対発第159号", "「標題」", "「標題」(警察庁丁情対発第159号)"})
    void rejectsMalformedReferenceNamingText(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NoticeReference.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }
}
