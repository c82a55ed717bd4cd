package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jointresponse.core.calendar.JapaneseDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @ParameterizedTest
    @ValueSource(strings = {"", "5年", "5年(平成36年3月31日)", "0年(平成36年3月31日まで)", "5年(平成36年2月30日まで)",
        "五年(平成36年3月31日まで)", "5年(まで)"})
    void rejectsMalformedRetentionNamingText(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Retention.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }
}
