package io.jointresponse.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.privacy.Classification;
import io.jointresponse.core.privacy.DataClassification;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShareSourceTest {

    private static final RequiredAttributes<ShareSource.Builder, ShareSource> REQUIRED =
            RequiredAttributes.of(ShareSource::builder, ShareSource.Builder::build)
                    .with("origin", b -> b.origin(SourceOrigin.JC3));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void ofMakesASourceWithoutReferenceOrException() {
        ShareSource source = ShareSource.of(SourceOrigin.JC3);
        assertThat(source).isEqualTo(REQUIRED.buildWithAll());
        assertThat(source.reference()).isEmpty();
        assertThat(source.disclosureExemption()).isEmpty();
    }

    @Test
    void theReferenceCanLeadBackToTheBusinessSoItIsClassified() {
        assertThat(DataClassification.classifiedAttributes(ShareSource.class))
                .containsEntry("reference", Classification.BUSINESS_IDENTIFYING).hasSize(1);
        assertThat(ShareSource.builder().origin(SourceOrigin.JOINT_RESPONSE).reference("INC-13-2025-0042").build().toString())
                .doesNotContain("INC-13");
    }

    @Test
    void theJc3OriginQuotesNotice185() {
        assertThat(SourceOrigin.JC3.japaneseLabel()).isEqualTo("JC3から提供された情報その他のJC3に関する情報");
    }
}
