package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.jointresponse.core.calendar.JapaneseDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static Notice.Builder minimal() {
        return Notice.builder()
                .addNumbers(NoticeNumber.parse("警察庁丁情対発第1号"))
                .issuedOn(JapaneseDate.parse("令和6年4月1日"))
                .title("標題")
                .retention(Retention.parse("1年(令和8年3月31日まで)"))
                .validity(Validity.parse("一種(令和8年3月31日まで)"));
    }

    @Test
    void buildsWithRequiredFieldsOnly() {
        Notice n = minimal().build();
        assertThat(n.issuers()).isEmpty();
        assertThat(n.addressees()).isEmpty();
        assertThat(n.referenceAddressees()).isEmpty();
        assertThat(n.abolishes()).isEmpty();
        assertThat(n.parentNotices()).isEmpty();
        assertThat(n.numbersText()).isEqualTo("警察庁丁情対発第1号");
    }

    @Test
    void missingRequiredFieldsAreNamedInTheError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Notice.builder().addNumbers(NoticeNumber.parse("警察庁丁情対発第1号")).build())
                .withMessageContaining("issuedOn")
                .withMessageContaining("title")
                .withMessageContaining("retention")
                .withMessageContaining("validity");
    }

    @Test
    void rejectsNoticeWithoutNumber() {
        assertThatIllegalStateException()
                .isThrownBy(() -> minimal().numbers(java.util.List.of()).build())
                .withMessageContaining("at least one number");
    }

    @Test
    void retentionEndThatDisagreesWithTheDateOfIssueIsStillBuildable() {
        Notice n = minimal().retention(Retention.parse("1年(令和7年3月31日まで)")).build();
        assertThat(n.expectedRetentionEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(n.retention().statedEndMatches(n.issuedOn().toLocalDate())).isFalse();
    }

    @Test
    void referenceToANoticeCitesAllItsNumbersWithItsTitle() {
        NoticeReference r = Notices.JC3_COOPERATION.toReference();
        assertThat(r.numbers()).isEqualTo(Notices.JC3_COOPERATION.numbers());
        assertThat(r.andOthers()).isFalse();
        assertThat(r.title()).contains(Notices.JC3_COOPERATION.title());
        assertThat(NoticeReference.parse(r.toString())).isEqualTo(r);
    }
}
