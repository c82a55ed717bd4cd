package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.DocumentKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KindPeekTest {

    private static boolean agreement(String json) {
        return KindPeek.is(json.getBytes(StandardCharsets.UTF_8), DocumentKind.AGREEMENT);
    }

    @Test
    void findsTheKindWhereverItStandsAtTheTopLevel() {
        assertThat(KindPeek.is(Payloads.validAgreement(), DocumentKind.AGREEMENT)).isTrue();
        assertThat(agreement("{\"a\":{\"kind\":\"x\"},\"b\":[1,{\"kind\":\"y\"}],\"kind\":\"agreement\"}")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"kind\":\"incidentReport\"}", "{\"partner\":{\"kind\":\"agreement\"}}", "{\"kind\":1}",
        "[{\"kind\":\"agreement\"}]", "{\"kind\":", "", "not json"})
    void isFalseForAnythingElse(String json) {
        assertThat(agreement(json)).isFalse();
    }
}
