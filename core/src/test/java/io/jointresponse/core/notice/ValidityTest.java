package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jointresponse.core.calendar.JapaneseDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @ParameterizedTest
    @ValueSource(strings = {"", "一種", "一種(平成34年3月31日)", "(平成34年3月31日まで)", "甲種(平成34年3月31日まで)",
        "一種(平成34年2月30日まで)"})
    void rejectsMalformedValidityNamingText(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Validity.parse(text))
                .withMessageContaining("\"" + text + "\"");
    }
}
