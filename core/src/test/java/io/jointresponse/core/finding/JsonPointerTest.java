package io.jointresponse.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "/partner/sector", "/reportableCrimes/0/type", "/a~1b/m~0n", "/", "//x"})
    void parseReadsBackWhatToStringWrote(String text) {
        assertThat(JsonPointer.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void escapesSlashAndTildeInTokens() {
        JsonPointer p = JsonPointer.root().append("a/b").append("m~n").append(3);
        assertThat(p).hasToString("/a~1b/m~0n/3");
        assertThat(JsonPointer.parse("/a~1b/m~0n/3").tokens()).containsExactly("a/b", "m~n", "3");
        assertThat(JsonPointer.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void rootIsTheEmptyPointer() {
        assertThat(JsonPointer.root().isRoot()).isTrue();
        assertThat(JsonPointer.root()).hasToString("");
        assertThat(JsonPointer.of("partner").isRoot()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner", "/a~2", "/a~"})
    void rejectsMalformedPointerNamingTheText(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonPointer.parse(text)).withMessageContaining(text);
    }

    @Test
    void rejectsNegativeIndex() {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonPointer.root().append(-1));
    }
}
