package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.NoticeReference;
import io.jointresponse.core.notice.Retention;
import io.jointresponse.core.notice.Validity;
import java.util.List;
import java.util.Optional;

/**
 * Wire mix-ins of {@code io.jointresponse.core.notice} and {@code .calendar}. The header values of a
 * notice travel as the text the notice itself prints, read back by the model's own parsers: a
 * notice number ({@code 警察庁丁情対発第217号}), a Japanese date exactly as written (nominal era years
 * such as {@code 平成36年3月31日} included), a retention ({@code 5年(平成36年3月31日まで)}) and a
 * validity ({@code 一種(平成36年3月31日まで)}).
 */
final class NoticeMixIns {

    private NoticeMixIns() {}

    static void register(MixInRegistry r) {
        r.add(Notice.class, NoticeMixIn.class, Notice.Builder.class, NoticeBuilderMixIn.class);
        r.add(NoticeReference.class, NoticeReferenceMixIn.class, NoticeReference.Builder.class, NoticeReferenceBuilderMixIn.class);
        r.addText(NoticeNumber.class, NoticeNumberMixIn.class);
        r.addText(JapaneseDate.class, JapaneseDateMixIn.class);
        r.addText(Retention.class, RetentionMixIn.class);
        r.addText(Validity.class, ValidityMixIn.class);
    }

    abstract static class NoticeMixIn {
        @JsonProperty("numbers") abstract List<NoticeNumber> numbers();
        @JsonProperty("issuedOn") abstract JapaneseDate issuedOn();
        @JsonProperty("title") abstract String title();
        @JsonProperty("issuers") abstract List<String> issuers();
        @JsonProperty("addressees") abstract List<String> addressees();
        @JsonProperty("referenceAddressees") abstract List<String> referenceAddressees();
        @JsonProperty("retention") abstract Retention retention();
        @JsonProperty("validity") abstract Validity validity();
        @JsonProperty("abolishes") abstract List<NoticeReference> abolishes();
        @JsonProperty("parentNotices") abstract List<NoticeReference> parentNotices();
    }

    abstract static class NoticeBuilderMixIn {
        @JsonProperty("numbers") abstract Object numbers(Iterable<? extends NoticeNumber> value);
        @JsonProperty("issuedOn") abstract Object issuedOn(JapaneseDate value);
        @JsonProperty("title") abstract Object title(String value);
        @JsonProperty("issuers") abstract Object issuers(Iterable<String> value);
        @JsonProperty("addressees") abstract Object addressees(Iterable<String> value);
        @JsonProperty("referenceAddressees") abstract Object referenceAddressees(Iterable<String> value);
        @JsonProperty("retention") abstract Object retention(Retention value);
        @JsonProperty("validity") abstract Object validity(Validity value);
        @JsonProperty("abolishes") abstract Object abolishes(Iterable<? extends NoticeReference> value);
        @JsonProperty("parentNotices") abstract Object parentNotices(Iterable<? extends NoticeReference> value);
    }

    abstract static class NoticeReferenceMixIn {
        @JsonProperty("issuedOn") abstract JapaneseDate issuedOn();
        @JsonProperty("numbers") abstract List<NoticeNumber> numbers();
        @JsonProperty("andOthers") abstract boolean andOthers();
        @JsonProperty("title") abstract Optional<String> title();
    }

    abstract static class NoticeReferenceBuilderMixIn {
        @JsonProperty("issuedOn") abstract Object issuedOn(JapaneseDate value);
        @JsonProperty("numbers") abstract Object numbers(Iterable<? extends NoticeNumber> value);
        @JsonProperty("andOthers") abstract Object andOthers(boolean value);
        @JsonProperty("title") abstract Object title(Optional<String> value);
    }

    abstract static class NoticeNumberMixIn {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static NoticeNumber parse(CharSequence text) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonValue
        @Override
        public abstract String toString();
    }

    abstract static class JapaneseDateMixIn {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static JapaneseDate parse(CharSequence text) {
            throw new UnsupportedOperationException("mix-in");
        }

        /** The text as written: a nominal era year such as 平成36年 must be reproduced, not normalised. */
        @JsonValue
        abstract String text();
    }

    abstract static class RetentionMixIn {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Retention parse(CharSequence text) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonValue
        @Override
        public abstract String toString();
    }

    abstract static class ValidityMixIn {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Validity parse(CharSequence text) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonValue
        @Override
        public abstract String toString();
    }
}
