package io.jointresponse.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.organisation.Prefecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AgreedConditionTest {

    private static final RequiredAttributes<AgreedCondition.Builder, AgreedCondition> REQUIRED =
            RequiredAttributes.of(AgreedCondition::builder, AgreedCondition.Builder::build)
                    .with("kind", b -> b.kind(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT))
                    .with("description", b -> b.description("顧客の同意を得て通報する"));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void ofMakesTheSameConditionAsTheBuilder() {
        assertThat(AgreedCondition.of(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT, "顧客の同意を得て通報する"))
                .isEqualTo(REQUIRED.buildWithAll());
    }

    @Test
    void anAgreementTellsWhetherItHasAConditionOfAKind() {
        Agreement agreement = Agreement.builder()
                .id("A-1")
                .prefecture(Prefecture.OSAKA)
                .partner(Partner.builder().name("見本データセンター株式会社").sector(Sector.DATA_CENTRE)
                        .outsourcing(OutsourcingStatus.NOT_OUTSOURCED).build())
                .status(AgreementStatus.DRAFT)
                .addReportableCrimes(AgreedCrime.of(CrimeType.DOS_ATTACK))
                .addConditions(REQUIRED.buildWithAll())
                .build();

        assertThat(agreement.hasCondition(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT)).isTrue();
        assertThat(agreement.hasCondition(ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT)).isFalse();
        assertThat(Agreement.builder().from(agreement).conditions(java.util.List.of()).build()
                .hasCondition(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> agreement.hasCondition(null));
    }

    @Test
    void theKindsAreTheConditionsRecordsCanShowMet() {
        assertThat(ConditionKind.values()).containsExactly(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT,
                ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT);
        assertThat(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT.japaneseLabel()).isEqualTo("顧客の同意を得た上で通報する");
        assertThat(ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT.englishLabel()).isEqualTo("publish only with the business's consent");
    }
}
