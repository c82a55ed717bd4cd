package io.jointresponse.validation;

import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.onlyError;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.NoticeReference;
import io.jointresponse.core.notice.Notices;
import io.jointresponse.core.notice.Retention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    private static Notice.Builder notice217() {
        return Notice.builder().from(Notices.JOINT_RESPONSE_MATTERS);
    }

    @Test
    void bothSeedNoticesKeepEveryRule() {
        clean(check(Notices.JOINT_RESPONSE_MATTERS));
        clean(check(Notices.JC3_COOPERATION));
    }

    @Test
    void retentionEndOneDayEarly() {
        onlyError(check(notice217().retention(Retention.parse("5年(平成36年3月30日まで)")).build()), "NTC-002", "/retention");
    }

    @Test
    void retentionEndOfAnotherNumberOfYears() {
        onlyError(check(notice217().retention(Retention.parse("3年(平成36年3月31日まで)")).build()), "NTC-002", "/retention");
    }

    @Test
    void retentionCountsFromTheAprilAfterTheFiscalYearOfIssue() {
        // Issued on the last day of fiscal 2018: counted from 2019-04-01.
        Notice lastDay = notice217().issuedOn(JapaneseDate.parse("平成31年3月31日")).build();
        clean(check(lastDay));
        // Issued on the first day of fiscal 2019: counted from 2020-04-01, so five years end in 2025.
        Notice firstDay = notice217().issuedOn(JapaneseDate.parse("平成31年4月1日")).build();
        onlyError(check(firstDay), "NTC-002", "/retention");
        clean(check(Notice.builder().from(firstDay).retention(Retention.parse("5年(令和7年3月31日まで)")).build()));
    }

    @Test
    void abolishedNoticeOfTheSameDay() {
        onlyError(check(notice217().abolishes(List.of(NoticeReference.parse("平成31年3月27日付け警察庁丁情対発第159号ほか"))).build()),
                "NTC-003", "/abolishes/0/issuedOn");
    }

    @Test
    void abolishedNoticeOfTheDayBeforeKeepsTheRule() {
        clean(check(notice217().abolishes(List.of(NoticeReference.parse("平成31年3月26日付け警察庁丁情対発第159号ほか"))).build()));
    }

    @Test
    void abolishedNoticeOfALaterDay() {
        onlyError(check(notice217().abolishes(List.of(
                NoticeReference.parse("平成24年7月12日付け警察庁丁情対発第159号ほか"),
                NoticeReference.parse("令和2年1月1日付け警察庁丁情対発第1号"))).build()),
                "NTC-003", "/abolishes/1/issuedOn");
    }
}
