package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeNumbersTest {

    /** The header of notice 185 exactly as the seed writes it, line break and indentation included. */
    private static final String NOTICE_185_HEADER = "警察庁丁情対発第185号、丁総発第178号\n 丁備企発第89号、丁情解発第42号";

    @Test
    void readsNotice217HeaderWithTheAgencyWrittenOnce() {
        List<NoticeNumber> numbers = NoticeNumbers.parse("警察庁丁情対発第217号、丁備企発第111号");
        assertThat(numbers).containsExactly(
                NoticeNumber.parse("警察庁丁情対発第217号"),
                NoticeNumber.parse("警察庁丁備企発第111号"));
        assertThat(NoticeNumbers.format(numbers)).isEqualTo("警察庁丁情対発第217号、丁備企発第111号");
    }

    @Test
    void readsNotice185HeaderBrokenAcrossLinesWithoutSeparator() {
        List<NoticeNumber> numbers = NoticeNumbers.parse(NOTICE_185_HEADER);
        assertThat(numbers).extracting(NoticeNumber::toString).containsExactly(
                "警察庁丁情対発第185号", "警察庁丁総発第178号", "警察庁丁備企発第89号", "警察庁丁情解発第42号");
        assertThat(NoticeNumbers.format(numbers)).isEqualTo("警察庁丁情対発第185号、丁総発第178号、丁備企発第89号、丁情解発第42号");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "警察庁丁情対発第185号、丁総発第178号\n 丁備企発第89号、丁情解発第42号",
        "警察庁丁情対発第185号、丁総発第178号、\n丁備企発第89号、丁情解発第42号",
        "\u3000\u3000警察庁丁情対発第185号、丁総発第178号\r\n\u3000\u3000丁備企発第89号、丁情解発第42号\u3000",
        "警察庁丁情対発第１８５号，丁総発第１７８号\n丁備企発第８９号，丁情解発第４２号",
    })
    void readsTheNumberLineAsPrintedIndentedAndBrokenOverTwoLines(String line) {
        assertThat(NoticeNumbers.parse(line)).isEqualTo(NoticeNumbers.parse(NOTICE_185_HEADER)).hasSize(4);
    }

    @Test
    void theSecondLineOfABrokenNumberLineAloneNamesNoAgencyAndTheMessageSaysWhatWasExpected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NoticeNumbers.parse(" 丁備企発第89号、丁情解発第42号"))
                .withMessageStartingWith("Cannot read \" 丁備企発第89号、丁情解発第42号\" as notice numbers (the first with its"
                        + " agency, the others joined by 、 or a line break, such as 警察庁丁情対発第217号、丁備企発第111号)")
                .withMessageContaining("number 1 \"丁備企発第89号\": it names no issuing agency, such as 警察庁");
    }

    @Test
    void formatReadsBackToTheSameNumbers() {
        List<NoticeNumber> numbers = NoticeNumbers.parse(NOTICE_185_HEADER);
        assertThat(NoticeNumbers.parse(NoticeNumbers.format(numbers))).isEqualTo(numbers);
    }

    @Test
    void acceptsFullWidthCommaAndDigits() {
        assertThat(NoticeNumbers.parse("警察庁丁情対発第２１７号，丁備企発第１１１号"))
                .isEqualTo(NoticeNumbers.parse("警察庁丁情対発第217号、丁備企発第111号"));
    }

    @Test
    void writesAgencyAgainWhereItChanges() {
        List<NoticeNumber> numbers = List.of(
                NoticeNumber.parse("警察庁丁情対発第1号"),
                NoticeNumber.parse("関東管区警察局丁総発第2号"),
                NoticeNumber.parse("関東管区警察局丁総発第3号"));
        String text = NoticeNumbers.format(numbers);
        assertThat(text).isEqualTo("警察庁丁情対発第1号、関東管区警察局丁総発第2号、丁総発第3号");
        assertThat(NoticeNumbers.parse(text)).isEqualTo(numbers);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "''|empty",
        "' \n '|empty",
        "丁情対発第217号、丁備企発第111号|number 1",
        "警察庁丁情対発第217号、|no number follows",
        "警察庁丁情対発第217号、、丁備企発第111号|number 2",
        "警察庁丁情対発第217号、丁備企発第号|number 2",
        "警察庁丁情対発第217号、丁備企発第111|number 2",
    })
    void rejectsMalformedListNamingTextAndNumber(String text, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NoticeNumbers.parse(text))
                .withMessageContaining("\"" + text + "\"")
                .withMessageContaining(problem);
    }

    @Test
    void rejectsFormattingNoNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> NoticeNumbers.format(List.of()));
    }
}
