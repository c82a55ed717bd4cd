package io.jointresponse.validation;

import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.onlyError;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.notice.ImmutableNotice;
import io.jointresponse.core.notice.NoticeReference;
import io.jointresponse.core.notice.Notices;
import io.jointresponse.core.notice.Retention;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    private static ImmutableNotice notice217() {
        return ImmutableNotice.class.cast(Notices.JOINT_RESPONSE_MATTERS);
    }

    @Test
    void bothSeedNoticesKeepEveryRule() {
        clean(check(Notices.JOINT_RESPONSE_MATTERS));
        clean(check(Notices.JC3_COOPERATION));
    }

    @Test
    void retentionEndOneDayEarly() {
        onlyError(check(notice217().withRetention(Retention.parse("5年(平成36年3月30日まで)"))), "NTC-002", "/retention");
    }

    @Test
    void retentionEndOfAnotherNumberOfYears() {
        onlyError(check(notice217().withRetention(Retention.parse("3年(平成36年3月31日まで)"))), "NTC-002", "/retention");
    }

    @Test
    void retentionCountsFromTheAprilAfterTheFiscalYearOfIssue() {
        // Issued on the last day of fiscal 2018: counted from 2019-04-01.
        ImmutableNotice lastDay = notice217().withIssuedOn(JapaneseDate.parse("平成31年3月31日"));
        clean(check(lastDay));
        // Issued on the first day of fiscal 2019: counted from 2020-04-01, so five years end in 2025.
        ImmutableNotice firstDay = notice217().withIssuedOn(JapaneseDate.parse("平成31年4月1日"));
        onlyError(check(firstDay), "NTC-002", "/retention");
        clean(check(firstDay.withRetention(Retention.parse("5年(令和7年3月31日まで)"))));
    }

    @Test
    void abolishedNoticeOfTheSameDay() {
        onlyError(check(notice217().withAbolishes(NoticeReference.parse("平成31年3月27日付け警察庁丁情対発第159号ほか"))),
                "NTC-003", "/abolishes/0/issuedOn");
    }

    @Test
    void abolishedNoticeOfTheDayBeforeKeepsTheRule() {
        clean(check(notice217().withAbolishes(NoticeReference.parse("平成31年3月26日付け警察庁丁情対発第159号ほか"))));
    }

    @Test
    void abolishedNoticeOfALaterDay() {
        onlyError(check(notice217().withAbolishes(
                NoticeReference.parse("平成24年7月12日付け警察庁丁情対発第159号ほか"),
                NoticeReference.parse("令和2年1月1日付け警察庁丁情対発第1号"))),
                "NTC-003", "/abolishes/1/issuedOn");
    }
}
