package io.jointresponse.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecipientTest {

    private static final RequiredAttributes<Recipient.Builder, Recipient> REQUIRED =
            RequiredAttributes.of(Recipient::builder, Recipient.Builder::build)
                    .with("type", b -> b.type(RecipientType.BUSINESS_ASSOCIATION_ACTIVITY))
                    .with("name", b -> b.name("金融ISAC"));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAlone() {
        Recipient r = REQUIRED.buildWithAll();

        assertThat(r.type()).isEqualTo(RecipientType.BUSINESS_ASSOCIATION_ACTIVITY);
        assertThat(r.name()).isEqualTo("金融ISAC");
        assertThat(Recipient.of(RecipientType.BUSINESS_ASSOCIATION_ACTIVITY, "金融ISAC")).isEqualTo(r).hasSameHashCodeAs(r);
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
    void nameOfAnOrganisationIsNotRedacted() {
        assertThat(REQUIRED.buildWithAll().toString()).contains("金融ISAC");
    }
}
