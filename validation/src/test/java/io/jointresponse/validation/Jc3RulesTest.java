package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.jc3LiaisonBuilder;
import static io.jointresponse.validation.Baseline.shareBuilder;
import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.jc3Liaison;
import static io.jointresponse.validation.Baseline.share;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.jc3.DisclosureExemption;
import io.jointresponse.core.jc3.ExemptionBasis;
import io.jointresponse.core.jc3.HandlingMarking;
import io.jointresponse.core.jc3.Jc3Information;
import io.jointresponse.core.jc3.Jc3ProvidedInformation;
import io.jointresponse.core.jc3.ProvisionOrigin;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.core.sharing.RecipientType;
import io.jointresponse.core.sharing.ShareSource;
import io.jointresponse.core.sharing.SourceOrigin;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of notice 185 on liaison in both directions and the confidentiality of JC3's information. */
class Jc3RulesTest {

    static DisclosureExemption consent() {
        return DisclosureExemption.builder().basis(ExemptionBasis.JC3_WRITTEN_CONSENT).approvedBy("情報技術犯罪対策課長")
                .approvedAt(at(5, 20, 10)).build();
    }

    static Jc3Information received(HandlingMarking marking, Optional<DisclosureExemption> exemption) {
        return Jc3Information.builder().reference("JC3-REF-9").receivedAt(at(5, 6, 10)).marking(marking)
                .disclosureExemption(exemption).build();
    }

    static Jc3ProvidedInformation provided() {
        return Jc3ProvidedInformation.builder().reference("CYB-1").providedAt(at(5, 5, 10)).origin(ProvisionOrigin.INVESTIGATION).build();
    }

    @Nested
    class Jc3001 {
        @Test
        void aLiaisonThatOnlyProvidesInformationNamesItsDivisionToo() {
            onlyError(check(jc3LiaisonBuilder().receivedInformation(List.of()).providedInformation(List.of(provided()))
                    .channel(Optional.empty()).build()), "JC3-001", "/channel");
            onlyError(check(jc3LiaisonBuilder().receivedInformation(List.of()).providedInformation(List.of(provided()))
                    .channel(NpaRole.GENERAL_AFFAIRS_DIVISION).build()), "JC3-001", "/channel");
        }

        @Test
        void eitherDivisionServesEitherDirectionWhateverTheSubject() {
            clean(check(jc3LiaisonBuilder().providedInformation(List.of(provided())).channel(NpaRole.SECURITY_PLANNING_DIVISION).build()));
            clean(check(jc3LiaisonBuilder().receivedInformation(List.of()).providedInformation(List.of(provided())).build()));
        }
    }

    @Nested
    class Jc3002 {
        @Test
        void disclosureWithoutARecordedExceptionIsAnError() {
            Finding f = onlyError(check(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.THIRD_PARTY_DISCLOSURE,
                    Optional.empty()))).build()), "JC3-002", "/receivedInformation/0/marking");
            assertThat(f.message()).contains("in principle").contains("non-disclosure agreements");
            Finding ja = Baseline.VALIDATOR.withLocale(Locale.JAPANESE).validate(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.THIRD_PARTY_DISCLOSURE, Optional.empty()))).build()).findings().get(0);
            assertThat(ja.message()).contains("原則として").contains("秘密保持契約等");
        }

        @Test
        void disclosureUnderARecordedExceptionIsReviewedAsAWarning() {
            Finding f = onlyWarning(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.THIRD_PARTY_DISCLOSURE,
                    Optional.of(consent())))).build(), "JC3-002", "/receivedInformation/0/marking");
            assertThat(f.message()).contains("exception");
        }

        @Test
        void anExceptionNeedsWhoApprovedItAndAnOtherBasisItsDescription() {
            DisclosureExemption unapproved = DisclosureExemption.builder().from(consent()).approvedBy(" ").build();
            onlyError(check(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.THIRD_PARTY_DISCLOSURE,
                    Optional.of(unapproved)))).build()), "JC3-002", "/receivedInformation/0/marking");
            DisclosureExemption undescribed = DisclosureExemption.builder().from(consent()).basis(ExemptionBasis.OTHER).build();
            onlyError(check(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.THIRD_PARTY_DISCLOSURE,
                    Optional.of(undescribed)))).build()), "JC3-002", "/receivedInformation/0/marking");
            DisclosureExemption blank = DisclosureExemption.builder().from(undescribed).description("  ").build();
            onlyError(check(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.THIRD_PARTY_DISCLOSURE,
                    Optional.of(blank)))).build()), "JC3-002", "/receivedInformation/0/marking");
            DisclosureExemption described = DisclosureExemption.builder().from(undescribed).description("注意喚起に必要な範囲").build();
            onlyWarning(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.THIRD_PARTY_DISCLOSURE, Optional.of(described)))).build(),
                    "JC3-002", "/receivedInformation/0/marking");
        }

        @Test
        void otherInformationAboutJc3SuchAsTheRecordOfTheLiaisonIsCovered() {
            onlyError(check(jc3LiaisonBuilder().marking(HandlingMarking.THIRD_PARTY_DISCLOSURE).build()), "JC3-002", "/marking");
            onlyWarning(jc3LiaisonBuilder().marking(HandlingMarking.THIRD_PARTY_DISCLOSURE).disclosureExemption(consent()).build(),
                    "JC3-002", "/marking");
        }

        @Test
        void confidentialInformationWithAnExceptionApprovedAnywayKeepsTheRule() {
            clean(check(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.CONFIDENTIAL, Optional.of(consent()))))
                    .disclosureExemption(consent()).build()));
        }

        @Test
        void whatThePoliceProvideIsTheirOwnAndNotCovered() {
            clean(check(jc3LiaisonBuilder().receivedInformation(List.of()).providedInformation(List.of(provided())).build()));
        }

        @Test
        void eachDisclosedItemIsReportedWithItsOwnSeverity() {
            exactly(check(jc3LiaisonBuilder().receivedInformation(List.of(received(HandlingMarking.CONFIDENTIAL, Optional.empty()), received(HandlingMarking.THIRD_PARTY_DISCLOSURE, Optional.of(consent())), received(HandlingMarking.THIRD_PARTY_DISCLOSURE, Optional.empty())))
                    .marking(HandlingMarking.THIRD_PARTY_DISCLOSURE).build()),
                    "JC3-002 /marking", "JC3-002 /receivedInformation/1/marking", "JC3-002 /receivedInformation/2/marking");
        }
    }

    @Nested
    class Jc3003 {
        private final OnwardShare toThirdParties = shareBuilder().recipients(List.of(Recipient.of(RecipientType.JC3, "JC3"), Recipient.of(RecipientType.BUSINESS_ASSOCIATION_ACTIVITY, "金融ISAC"))).build();

        @Test
        void contentFromJc3InAShareToThirdPartiesWithoutAnExceptionIsAnError() {
            Finding f = onlyError(check(OnwardShare.builder().from(toThirdParties).sources(List.of(ShareSource.of(SourceOrigin.JOINT_RESPONSE), ShareSource.of(SourceOrigin.JC3))).build()), "JC3-003", "/sources/1/origin");
            assertThat(f.clause()).isEqualTo("B §3(2)");
            assertThat(f.message()).contains("in principle");
        }

        @Test
        void withARecordedExceptionItIsReviewedAsAWarning() {
            onlyWarning(OnwardShare.builder().from(toThirdParties).sources(List.of(ShareSource.builder().origin(SourceOrigin.JC3).disclosureExemption(consent()).build())).build(),
                    "JC3-003", "/sources/0/origin");
            DisclosureExemption unapproved = DisclosureExemption.builder().from(consent()).approvedBy("").build();
            onlyError(check(OnwardShare.builder().from(toThirdParties).sources(List.of(ShareSource.builder().origin(SourceOrigin.JC3)
                    .disclosureExemption(unapproved).build())).build()), "JC3-003", "/sources/0/origin");
        }

        @Test
        void aShareOnlyToJc3DisclosesNothingToAThirdParty() {
            clean(check(shareBuilder().sources(List.of(ShareSource.of(SourceOrigin.JC3))).build()));
        }

        @Test
        void contentFromElsewhereKeepsTheRule() {
            clean(check(OnwardShare.builder().from(toThirdParties).sources(List.of(ShareSource.of(SourceOrigin.JOINT_RESPONSE), ShareSource.of(SourceOrigin.INVESTIGATION), ShareSource.of(SourceOrigin.OTHER))).build()));
            clean(check(toThirdParties));
        }

        @Test
        void theCheckIsOnTheRecordedSourcesOfTheShareNotOnItsRecipientsAlone() {
            clean(check(shareBuilder().recipients(List.of()).sources(List.of(ShareSource.of(SourceOrigin.JC3))).build()));
            onlyError(check(shareBuilder().recipients(List.of(Recipient.of(RecipientType.SYSTEM_DEVELOPER, "株式会社見本システム開発")))
                    .sources(List.of(ShareSource.of(SourceOrigin.JC3))).build()), "JC3-003", "/sources/0/origin");
        }
    }
}
