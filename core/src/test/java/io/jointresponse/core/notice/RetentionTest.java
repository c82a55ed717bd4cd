package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jointresponse.core.calendar.JapaneseDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionTest {

    private static final LocalDate ISSUED = LocalDate.of(2019, 3, 27);

    @Test
    void readsNotice217Header() {
        Retention r = Retention.parse("5年(平成36年3月31日まで)");
        assertThat(r.years()).isEqualTo(5);
        assertThat(r.statedEnd().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(r.statedEnd().text()).isEqualTo("平成36年3月31日");
        assertThat(r).hasToString("5年(平成36年3月31日まで)");
    }

    @Test
    void bothSeedHeadersAgreeWithTheComputedEnd() {
        Retention a = Retention.parse("5年(平成36年3月31日まで)");
        Retention b = Retention.parse("3年(平成34年3月31日まで)");
        assertThat(a.expectedEnd(ISSUED)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(b.expectedEnd(ISSUED)).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(a.statedEndMatches(ISSUED)).isTrue();
        assertThat(b.statedEndMatches(ISSUED)).isTrue();
    }

    @Test
    void statedEndThatDisagreesIsStillAValue() {
        Retention wrong = Retention.parse("5年(平成35年3月31日まで)");
        assertThat(wrong.statedEndMatches(ISSUED)).isFalse();
        assertThat(wrong.expectedEnd(ISSUED)).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void acceptsFullWidthFormAndReadsBack() {
        Retention r = Retention.parse("５年（平成３６年３月３１日まで）");
        assertThat(r).isEqualTo(Retention.of(5, JapaneseDate.parse("平成36年3月31日")));
        assertThat(Retention.parse(r.toString())).isEqualTo(r).hasSameHashCodeAs(r);
    }

    @Test
    void readsAHeaderWrittenInKanjiNumeralsKeepingTheDateAsWritten() {
        Retention r = Retention.parse("五年（平成三十六年三月三十一日まで）");
        assertThat(r).isEqualTo(Retention.of(5, JapaneseDate.parse("平成36年3月31日")));
        assertThat(r.statedEnd().text()).isEqualTo("平成三十六年三月三十一日");
        assertThat(r.statedEndMatches(ISSUED)).isTrue();
        assertThat(r).hasToString("5年(平成36年3月31日まで)");
        assertThat(Retention.parse(r.toString())).isEqualTo(r);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[原議保存期間 3年(令和9年3月31日まで)]|3|2027-03-31",
        "原議保存期間\t5年(平成36年3月31日まで)|5|2024-03-31",
        "原議保存期間\t3年(平成34年3月31日まで)|3|2022-03-31",
        "［原議保存期間　３年（令和９年３月３１日まで）］|3|2027-03-31",
        "'　　[原議保存期間 3年(令和9年3月31日まで)]  '|3|2027-03-31",
        "[ 原議保存期間\t3年(令和9年3月31日まで) ]|3|2027-03-31",
        "原議保存期間 5年(平成36年3月31日まで)|5|2024-03-31",
        "原議保存期間5年(平成36年3月31日まで)|5|2024-03-31",
        "原議保存期間：5年(平成36年3月31日まで)|5|2024-03-31",
        "[3年(令和9年3月31日まで)]|3|2027-03-31",
        "3年(令和9年3月31日まで)|3|2027-03-31",
        "原 議 保 存 期 間　五年（平成三十六年三月三十一日まで）|5|2024-03-31",
        "[原議保存期間 三年(令和九年三月三十一日まで)]|3|2027-03-31",
    })
    void readsTheHeaderLineAsNoticesPrintIt(String line, int years, LocalDate end) {
        Retention r = Retention.parseHeaderLine(line);
        assertThat(r.years()).isEqualTo(years);
        assertThat(r.statedEnd().toLocalDate()).isEqualTo(end);
        assertThat(Retention.parseHeaderLine(r.toHeaderLine())).isEqualTo(r).hasSameHashCodeAs(r);
    }

    @Test
    void writesTheHeaderLineWithItsLabelInBrackets() {
        Retention r = Retention.parse("3年(令和9年3月31日まで)");
        assertThat(r.toHeaderLine()).isEqualTo("[原議保存期間 3年(令和9年3月31日まで)]");
        assertThat(Retention.parseHeaderLine("原議保存期間\t五年(平成三十六年三月三十一日まで)").statedEnd().text())
                .isEqualTo("平成三十六年三月三十一日");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "[原議保存期間 3年(令和9年3月31日まで)|the [ that opens it is not closed",
        "原議保存期間 3年(令和9年3月31日まで)］|the ］ that closes it was not opened",
        "有効期間\t一種(平成36年3月31日まで)|write years and the last day, such as 5年(平成36年3月31日まで)",
        "原議保存期間|write years and the last day",
        "''|write years and the last day",
        "[原議保存期間 5年]|write years and the last day",
        "原議保存期間 5年(平成36年2月30日まで)|has no 2月30日",
        "原議保存期間 5年(明治5年12月3日まで)|never existed",
        "原議保存期間 一十年(平成36年3月31日まで)|\"一十\" is not how kanji numerals are written",
    })
    void rejectsAMalformedHeaderLineNamingItAndWhatWasExpected(String line, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Retention.parseHeaderLine(line))
                .withMessageStartingWith("Cannot read \"" + line + "\" as the retention line of a notice header, such as"
                        + " [原議保存期間 5年(平成36年3月31日まで)]: ")
                .withMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5年", "5年(平成36年3月31日)", "0年(平成36年3月31日まで)", "5年(平成36年2月30日まで)",
        "5年(まで)", "[原議保存期間 5年(平成36年3月31日まで)]", "原議保存期間\t5年(平成36年3月31日まで)"})
    void rejectsMalformedRetentionNamingText(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Retention.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }
}
