package io.jointresponse.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConsentTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 5, 31, 15, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<Consent.Builder, Consent> REQUIRED =
            RequiredAttributes.of(Consent::builder, Consent.Builder::build)
                    .with("givenAt", b -> b.givenAt(AT));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromTheTimeAloneWithoutASummary() {
        Consent consent = REQUIRED.buildWithAll();

        assertThat(consent.givenAt()).isEqualTo(AT);
        assertThat(consent.summary()).isEmpty();
        assertThat(Consent.at(AT)).isEqualTo(consent);
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void theSummaryIsRedacted() {
        Consent consent = Consent.builder().givenAt(AT).summary("株式会社見本銀行が同意").build();

        assertThat(consent.summary()).contains("株式会社見本銀行が同意");
        assertThat(consent.toString()).doesNotContain("見本");
    }
}
