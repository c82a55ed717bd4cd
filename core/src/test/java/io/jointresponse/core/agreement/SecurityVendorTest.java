package io.jointresponse.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecurityVendorTest {

    private static final RequiredAttributes<SecurityVendor.Builder, SecurityVendor> REQUIRED =
            RequiredAttributes.of(SecurityVendor::builder, SecurityVendor.Builder::build)
                    .with("name", b -> b.name("あおぞら監視株式会社"))
                    .with("kind", b -> b.kind(VendorKind.SECURITY_MONITORING_PROVIDER));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneAsNotThePracticalCounterpart() {
        SecurityVendor v = REQUIRED.buildWithAll();

        assertThat(v.name()).isEqualTo("あおぞら監視株式会社");
        assertThat(v.kind()).isEqualTo(VendorKind.SECURITY_MONITORING_PROVIDER);
        assertThat(v.practicalCounterpart()).isFalse();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void emptyBuilderNamesEveryRequiredAttribute() {
        REQUIRED.assertEmptyBuilderNamesAll();
    }

    @Test
    void ofMakesTheSameVendorAsTheBuilder() {
        assertThat(SecurityVendor.of("あおぞら監視株式会社", VendorKind.SECURITY_MONITORING_PROVIDER))
                .isEqualTo(REQUIRED.buildWithAll())
                .hasSameHashCodeAs(REQUIRED.buildWithAll());
    }

    @Test
    void practicalCounterpartCanBeSet() {
        SecurityVendor counterpart = SecurityVendor.builder().from(REQUIRED.buildWithAll()).practicalCounterpart(true).build();

        assertThat(counterpart.practicalCounterpart()).isTrue();
        assertThat(counterpart).isNotEqualTo(REQUIRED.buildWithAll());
    }
}
