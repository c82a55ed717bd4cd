package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jointresponse.core.calendar.JapaneseDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidityTest {

    @Test
    void readsClassAndEnd() {
        Validity v = Validity.parse("一種(平成36年3月31日まで)");
        assertThat(v.kind()).isEqualTo("一種");
        assertThat(v.end().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(v).hasToString("一種(平成36年3月31日まで)");
        assertThat(Validity.parse(v.toString())).isEqualTo(v).hasSameHashCodeAs(v);
    }

    @Test
    void acceptsFullWidthBrackets() {
        assertThat(Validity.parse("一種（平成34年3月31日まで）"))
                .isEqualTo(Validity.of("一種", JapaneseDate.parse("平成34年3月31日")));
    }

    @Test
    void rejectsClassOutsideTheForm() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Validity.of("1種", JapaneseDate.parse("平成34年3月31日")))
                .withMessageContaining("1種");
    }

    @Test
    void readsAnEndWrittenInKanjiNumeralsKeepingItAsWritten() {
        Validity v = Validity.parse("一種(平成三十六年三月三十一日まで)");
        assertThat(v).isEqualTo(Validity.of("一種", JapaneseDate.parse("平成36年3月31日")));
        assertThat(v.end().text()).isEqualTo("平成三十六年三月三十一日");
        assertThat(v).hasToString("一種(平成36年3月31日まで)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "有効期間\t一種(平成36年3月31日まで)|一種|2024-03-31",
        "有効期間\t一種(平成34年3月31日まで)|一種|2022-03-31",
        "[有効期間 一種(令和9年3月31日まで)]|一種|2027-03-31",
        "［有効期間　二種（令和９年３月３１日まで）］|二種|2027-03-31",
        "'　[有効期間 一種(令和9年3月31日まで)] '|一種|2027-03-31",
        "有効期間一種(平成36年3月31日まで)|一種|2024-03-31",
        "有効期間：一種(平成36年3月31日まで)|一種|2024-03-31",
        "[一種(令和9年3月31日まで)]|一種|2027-03-31",
        "一種(令和9年3月31日まで)|一種|2027-03-31",
        "有 効 期 間\t一種（平成三十六年三月三十一日まで）|一種|2024-03-31",
    })
    void readsTheHeaderLineAsNoticesPrintIt(String line, String kind, LocalDate end) {
        Validity v = Validity.parseHeaderLine(line);
        assertThat(v.kind()).isEqualTo(kind);
        assertThat(v.end().toLocalDate()).isEqualTo(end);
        assertThat(Validity.parseHeaderLine(v.toHeaderLine())).isEqualTo(v).hasSameHashCodeAs(v);
    }

    @Test
    void writesTheHeaderLineWithItsLabelInBrackets() {
        assertThat(Validity.parse("一種(令和9年3月31日まで)").toHeaderLine()).isEqualTo("[有効期間 一種(令和9年3月31日まで)]");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "[有効期間 一種(令和9年3月31日まで)|the [ that opens it is not closed",
        "有効期間 一種(令和9年3月31日まで)]|the ] that closes it was not opened",
        "原議保存期間\t5年(平成36年3月31日まで)|write a class and the last day, such as 一種(平成36年3月31日まで)",
        "有効期間|write a class and the last day",
        "有効期間 甲種(平成36年3月31日まで)|write a class and the last day",
        "有効期間 一種(平成36年2月30日まで)|has no 2月30日",
        "有効期間 一種(令和二〇二九年三月三十一日まで)|Gregorian year",
    })
    void rejectsAMalformedHeaderLineNamingItAndWhatWasExpected(String line, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Validity.parseHeaderLine(line))
                .withMessageStartingWith("Cannot read \"" + line + "\" as the validity line of a notice header, such as"
                        + " [有効期間 一種(平成36年3月31日まで)]: ")
                .withMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "一種", "一種(平成34年3月31日)", "(平成34年3月31日まで)", "甲種(平成34年3月31日まで)",
        "一種(平成34年2月30日まで)", "[有効期間 一種(平成34年3月31日まで)]"})
    void rejectsMalformedValidityNamingText(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Validity.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }
}
