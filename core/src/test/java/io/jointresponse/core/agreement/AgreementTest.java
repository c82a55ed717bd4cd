package io.jointresponse.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementTest {

    private static final Partner PARTNER = Partner.builder()
            .name("株式会社みなと銀行")
            .sector(Sector.FINANCIAL_INSTITUTION)
            .outsourcing(OutsourcingStatus.NOT_OUTSOURCED)
            .build();

    private static final RequiredAttributes<Agreement.Builder, Agreement> REQUIRED =
            RequiredAttributes.of(Agreement::builder, Agreement.Builder::build)
                    .with("id", b -> b.id("A-1"))
                    .with("prefecture", b -> b.prefecture(Prefecture.TOKYO))
                    .with("partner", b -> b.partner(PARTNER))
                    .with("status", b -> b.status(AgreementStatus.IN_FORCE));

    private static final LocalDate CONCLUDED = LocalDate.of(2020, 4, 1);
    private static final LocalDate TERMINATED = LocalDate.of(2024, 9, 30);

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithDefaults() {
        Agreement a = REQUIRED.buildWithAll();

        assertThat(a.id()).isEqualTo("A-1");
        assertThat(a.prefecture()).isEqualTo(Prefecture.TOKYO);
        assertThat(a.partner()).isEqualTo(PARTNER);
        assertThat(a.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(a.arrangement()).isEqualTo(ArrangementType.JOINT_RESPONSE_AGREEMENT);
        assertThat(a.additionBasis()).isEmpty();
        assertThat(a.draftedOn()).isEmpty();
        assertThat(a.concludedOn()).isEmpty();
        assertThat(a.terminatedOn()).isEmpty();
        assertThat(a.amendedOn()).isEmpty();
        assertThat(a.reportableCrimes()).isEmpty();
        assertThat(a.reportableCrimeTypes()).isEmpty();
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
    void reportableCrimesCannotBeAddedTo() {
        Agreement a = REQUIRED.buildWithAll();

        assertThatThrownBy(() -> a.reportableCrimes().add(AgreedCrime.of(CrimeType.PHISHING)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.amendedOn().add(LocalDate.of(2024, 1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderRejectsNullsIncludingNullElements() {
        assertThatNullPointerException().isThrownBy(() -> Agreement.builder().id(null));
        assertThatNullPointerException().isThrownBy(() -> Agreement.builder().partner(null));
        assertThatNullPointerException().isThrownBy(() -> Agreement.builder().addReportableCrimes((AgreedCrime) null));
        assertThatNullPointerException().isThrownBy(() -> Agreement.builder().concludedOn((LocalDate) null));
    }

    @Test
    void withCopyChangesOnlyThatAttribute() {
        Agreement a = REQUIRED.buildWithAll();

        Agreement terminated = Agreement.builder().from(a).status(AgreementStatus.TERMINATED).terminatedOn(TERMINATED).build();

        assertThat(terminated.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(terminated.terminatedOn()).contains(TERMINATED);
        assertThat(a.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(a.terminatedOn()).isEmpty();
        assertThat(terminated).isNotEqualTo(a);
        assertThat(Agreement.builder().from(terminated).status(AgreementStatus.IN_FORCE).terminatedOn(Optional.empty()).build())
                .isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Test
    void equalsByValue() {
        assertThat(REQUIRED.buildWithAll()).isEqualTo(REQUIRED.buildWithAll()).hasSameHashCodeAs(REQUIRED.buildWithAll());
        assertThat(REQUIRED.buildWithAll()).isNotEqualTo(Agreement.builder().from(REQUIRED.buildWithAll()).id("A-2").build());
    }

    @Test
    void domainRulesDoNotPreventBuilding() {
        // Terminated before concluded and recorded as in force: AGR-005 must be able to report it.
        Agreement broken = Agreement.builder().from(REQUIRED.buildWithAll())
                .concludedOn(TERMINATED).terminatedOn(CONCLUDED).status(AgreementStatus.IN_FORCE).build();

        assertThat(broken.terminatedOn()).contains(CONCLUDED);
    }

    @Test
    void isInForceFromTheConclusionDay() {
        Agreement a = concluded(CONCLUDED);

        assertThat(a.isInForceOn(CONCLUDED)).isTrue();
        assertThat(a.isInForceOn(CONCLUDED.minusDays(1))).isFalse();
        assertThat(a.isInForceOn(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void isNoLongerInForceOnTheTerminationDay() {
        Agreement a = Agreement.builder().from(concluded(CONCLUDED)).terminatedOn(TERMINATED).build();

        assertThat(a.isInForceOn(TERMINATED.minusDays(1))).isTrue();
        assertThat(a.isInForceOn(TERMINATED)).isFalse();
        assertThat(a.isInForceOn(TERMINATED.plusDays(1))).isFalse();
    }

    @Test
    void isNeverInForceWithoutAConclusionDate() {
        Agreement drafted = Agreement.builder().from(REQUIRED.buildWithAll())
                .status(AgreementStatus.IN_FORCE).draftedOn(CONCLUDED).build();

        assertThat(drafted.isInForceOn(CONCLUDED)).isFalse();
        assertThat(drafted.isInForceOn(LocalDate.of(2099, 1, 1))).isFalse();
    }

    @Test
    void isNeverInForceWhenTerminatedOnOrBeforeItsConclusion() {
        Agreement sameDay = Agreement.builder().from(concluded(CONCLUDED)).terminatedOn(CONCLUDED).build();
        Agreement backwards = Agreement.builder().from(concluded(TERMINATED)).terminatedOn(CONCLUDED).build();

        assertThat(sameDay.isInForceOn(CONCLUDED)).isFalse();
        assertThat(backwards.isInForceOn(TERMINATED)).isFalse();
        assertThat(backwards.isInForceOn(CONCLUDED)).isFalse();
    }

    @Test
    void isInForceIgnoresTheRecordedStatus() {
        Agreement recordedAsDraft = Agreement.builder().from(concluded(CONCLUDED)).status(AgreementStatus.DRAFT).build();

        assertThat(recordedAsDraft.isInForceOn(CONCLUDED)).isTrue();
    }

    @Test
    void rejectsNullDay() {
        assertThatNullPointerException().isThrownBy(() -> concluded(CONCLUDED).isInForceOn(null));
    }

    @Test
    void reportableCrimeTypesAreTheDistinctTypesOfTheAgreedCrimes() {
        Agreement a = Agreement.builder().from(REQUIRED.buildWithAll())
                .addReportableCrimes(AgreedCrime.of(CrimeType.PHISHING))
                .addReportableCrimes(AgreedCrime.builder().type(CrimeType.OTHER).description("ランサムウェアによる恐喝").build())
                .addReportableCrimes(AgreedCrime.builder().type(CrimeType.PHISHING).addReportItems("誘導先URL").build())
                .addReportableCrimes(AgreedCrime.of(CrimeType.UNAUTHORIZED_ACCESS))
                .build();

        assertThat(a.reportableCrimeTypes()).containsExactly(CrimeType.UNAUTHORIZED_ACCESS, CrimeType.PHISHING, CrimeType.OTHER);
        assertThat(a.reportableCrimes()).hasSize(4);
    }

    private static Agreement concluded(LocalDate on) {
        return Agreement.builder().from(REQUIRED.buildWithAll()).concludedOn(on).build();
    }

    @Test
    void anExistingChannelStartsWhenItsChannelWasEstablishedNotOnAConclusion() {
        Agreement channel = REQUIRED.buildWithAll();
        channel = Agreement.builder().from(channel).arrangement(ArrangementType.EXISTING_CHANNEL)
                .existingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2018, 10, 1)))
                .concludedOn(LocalDate.of(2030, 1, 1))
                .build();
        assertThat(channel.startedOn()).contains(LocalDate.of(2018, 10, 1));
        assertThat(channel.isInForceOn(LocalDate.of(2018, 10, 1))).isTrue();
        assertThat(channel.isInForceOn(LocalDate.of(2018, 9, 30))).isFalse();
        Agreement unnamed = Agreement.builder().from(channel).existingChannel(Optional.empty()).build();
        assertThat(unnamed.startedOn()).isEmpty();
        assertThat(unnamed.isInForceOn(LocalDate.of(2031, 1, 1))).as("a conclusion is not a channel's start").isFalse();
    }

    @Test
    void anAgreementStartsOnItsConclusion() {
        Agreement a = Agreement.builder().from(REQUIRED.buildWithAll()).concludedOn(CONCLUDED)
                .existingChannel(ExistingChannel.of("警備部公安課", LocalDate.of(2010, 1, 1))).build();
        assertThat(a.startedOn()).contains(CONCLUDED);
    }

    @Test
    void theReasonForAnAgreementDespiteAChannelIsRedacted() {
        Agreement a = Agreement.builder().from(REQUIRED.buildWithAll()).reasonDespiteExistingChannel("株式会社みなと銀行の求めによる").build();
        assertThat(a.toString()).doesNotContain("みなと").contains("reasonDespiteExistingChannel=[redacted]");
    }
}
