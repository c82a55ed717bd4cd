package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.TODAY;
import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.agreementBuilder;
import static io.jointresponse.validation.Baseline.partner;
import static io.jointresponse.validation.Baseline.partnerBuilder;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AdditionReason;
import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.agreement.TargetGround;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {

    @Test
    void baselineAgreementKeepsEveryRule() {
        clean(check(agreement()));
    }

    @Nested
    class Agr001 {
        private Agreement.Builder otherSectorBuilder() {
            return agreementBuilder().partner(partnerBuilder().sector(Sector.OTHER).sectorDescription("電気通信事業者").build());
        }

        private Agreement otherSector() {
            return otherSectorBuilder().build();
        }

        @Test
        void partnerOutsideTheNamedSectorsWithNoGroundIsAWarningNotAnError() {
            onlyWarning(otherSector(), "AGR-001", "/targetGround");
        }

        @Test
        void highRiskLikeTheNamedSectorsIsAProperTargetWithoutAnAddition() {
            // 「…オンラインショップ事業者等を締結対象とすること」: a telecom carrier at high risk is a target under
            // the first paragraph, with no addition to justify.
            clean(check(otherSectorBuilder().targetGround(TargetGround.HIGH_RISK_LIKE_NAMED_SECTORS).build()));
        }

        @Test
        void additionWithoutItsBasis() {
            onlyWarning(otherSectorBuilder().targetGround(TargetGround.ADDED_AS_NECESSARY).build(), "AGR-001", "/additionBasis");
        }

        @Test
        void basisWithBlankDescription() {
            onlyWarning(otherSectorBuilder().additionBasis(AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "  ")).build(),
                    "AGR-001", "/additionBasis/description");
        }

        @Test
        void basisWithDescriptionKeepsTheRuleWithOrWithoutTheGround() {
            AdditionBasis basis = AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "電力会社への大規模なDoS攻撃");
            clean(check(otherSectorBuilder().additionBasis(basis).build()));
            clean(check(otherSectorBuilder().additionBasis(basis).targetGround(TargetGround.ADDED_AS_NECESSARY).build()));
        }

        @Test
        void everyNamedSectorNeedsNoGround() {
            for (Sector s : Sector.values()) {
                if (s.isNamedTarget()) {
                    clean(check(agreementBuilder().partner(partnerBuilder().sector(s).build()).build()));
                }
            }
        }

        @Test
        void anExistingChannelIsNotAnAgreementTarget() {
            clean(check(existingChannelBuilder().partner(partnerBuilder().sector(Sector.OTHER).securityDivisionChannel(true).build()).build()));
        }

        @Test
        void bothMessagesKeepTheExamplesOpen() {
            Finding en = onlyWarning(otherSector(), "AGR-001", "/targetGround");
            assertThat(en.message()).contains("and the like");
            Finding ja = Baseline.VALIDATOR.withLocale(java.util.Locale.JAPANESE).validate(otherSector()).findings().get(0);
            assertThat(ja.message()).contains("オンラインショップ事業者等").contains("仮想通貨交換事業者(暗号資産交換業者)");
        }
    }

    /** An existing-channel arrangement of the baseline's partner: its channel, no conclusion, no crime list. */
    static Agreement.Builder existingChannelBuilder() {
        return agreementBuilder().arrangement(ArrangementType.EXISTING_CHANNEL)
                .partner(partnerBuilder().securityDivisionChannel(true).build())
                .concludedOn(Optional.empty()).draftedOn(Optional.empty()).amendedOn(List.of())
                .reportableCrimes(List.of())
                .existingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2018, 10, 1)));
    }

    static Agreement existingChannel() {
        return existingChannelBuilder().build();
    }

    @Nested
    class Agr002 {
        @Test
        void agreementWhereASecurityDivisionChannelExistsWithNoReasonIsWarned() {
            onlyWarning(agreementBuilder().partner(partnerBuilder().securityDivisionChannel(true).build()).build(), "AGR-002", "/reasonDespiteExistingChannel");
            onlyWarning(agreementBuilder().existingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2018, 10, 1))).build(),
                    "AGR-002", "/reasonDespiteExistingChannel");
        }

        @Test
        void agreementMadeAnywayWithItsReasonKeepsTheRule() {
            // The notice says not to insist on an agreement (拘泥することなく); it does not forbid one.
            clean(check(agreementBuilder().partner(partnerBuilder().securityDivisionChannel(true).build())
                    .reasonDespiteExistingChannel("既存の窓口はサイバー攻撃対策に限られ、不正アクセス等の通報の取決めがないため").build()));
        }

        @Test
        void blankReasonIsNoReason() {
            onlyWarning(agreementBuilder().partner(partnerBuilder().securityDivisionChannel(true).build()).reasonDespiteExistingChannel(" ").build(),
                    "AGR-002", "/reasonDespiteExistingChannel");
        }

        @Test
        void existingChannelArrangementKeepsTheRule() {
            clean(check(existingChannel()));
        }
    }

    @Nested
    class Agr003 {
        @Test
        void outsourcedWithoutVendorIsAnError() {
            onlyError(check(agreementBuilder().partner(partnerBuilder().securityVendors(List.of()).build()).build()), "AGR-003", "/partner/securityVendors");
        }

        @Test
        void vendorsListedButNotOutsourcedIsAnError() {
            onlyError(check(agreementBuilder().partner(partnerBuilder().outsourcing(OutsourcingStatus.NOT_OUTSOURCED).build()).build()),
                    "AGR-003", "/partner/securityVendors");
        }

        @Test
        void unknownOutsourcingIsAWarning() {
            onlyWarning(agreementBuilder().partner(partnerBuilder().outsourcing(OutsourcingStatus.UNKNOWN).securityVendors(List.of()).build()).build(),
                    "AGR-003", "/partner/outsourcing");
        }

        @Test
        void oneVendorOrNoOutsourcingKeepsTheRule() {
            assertThat(partner().securityVendors()).hasSize(1);
            clean(check(agreement()));
            clean(check(agreementBuilder().partner(partnerBuilder().outsourcing(OutsourcingStatus.NOT_OUTSOURCED).securityVendors(List.of()).build()).build()));
        }
    }

    @Nested
    class Agr004 {
        @Test
        void noReportableCrime() {
            onlyError(check(agreementBuilder().reportableCrimes(List.of()).build()), "AGR-004", "/reportableCrimes");
        }

        @Test
        void otherCrimeWithoutDescription() {
            Agreement a = agreementBuilder().reportableCrimes(List.of(
                    AgreedCrime.of(CrimeType.PHISHING), AgreedCrime.of(CrimeType.OTHER))).build();
            onlyError(check(a), "AGR-004", "/reportableCrimes/1/description");
        }

        @Test
        void otherCrimeWithBlankDescription() {
            Agreement a = agreementBuilder().reportableCrimes(List.of(
                    AgreedCrime.builder().type(CrimeType.OTHER).description(" ").build())).build();
            onlyError(check(a), "AGR-004", "/reportableCrimes/0/description");
        }

        @Test
        void anExistingChannelOwesNoAgreedList() {
            clean(check(existingChannel()));
        }

        @Test
        void aDraftIsStillBeingNegotiatedAndOwesNoListYet() {
            clean(check(agreementBuilder().status(AgreementStatus.DRAFT).concludedOn(Optional.empty()).amendedOn(List.of())
                    .reportableCrimes(List.of()).build()));
        }

        @Test
        void aTerminatedAgreementHadItsList() {
            onlyError(check(agreementBuilder().status(AgreementStatus.TERMINATED).terminatedOn(LocalDate.of(2022, 3, 31))
                    .reportableCrimes(List.of()).build()), "AGR-004", "/reportableCrimes");
        }

        @Test
        void anExistingChannelThatListsOtherDescribesIt() {
            onlyError(check(existingChannelBuilder().reportableCrimes(List.of(AgreedCrime.of(CrimeType.OTHER))).build()), "AGR-004", "/reportableCrimes/0/description");
        }

        @Test
        void otherCrimeWithDescriptionKeepsTheRule() {
            clean(check(agreementBuilder().reportableCrimes(List.of(
                    AgreedCrime.builder().type(CrimeType.OTHER).description("ランサムウェアによる業務妨害").build())).build()));
        }
    }

    @Nested
    class Agr005 {
        private final LocalDate day = LocalDate.of(2020, 1, 10);

        @Test
        void concludedBeforeDrafted() {
            onlyError(check(agreementBuilder().draftedOn(LocalDate.of(2019, 6, 1)).build()), "AGR-005", "/concludedOn");
        }

        @Test
        void amendedBeforeConcluded() {
            onlyError(check(agreementBuilder().amendedOn(List.of(LocalDate.of(2019, 5, 14))).build()), "AGR-005", "/amendedOn/0");
        }

        @Test
        void terminatedBeforeConcluded() {
            Agreement a = agreementBuilder().status(AgreementStatus.TERMINATED).amendedOn(List.of())
                    .terminatedOn(LocalDate.of(2019, 5, 14)).build();
            onlyError(check(a), "AGR-005", "/terminatedOn");
        }

        @Test
        void amendedAfterTerminated() {
            Agreement a = agreementBuilder().status(AgreementStatus.TERMINATED).terminatedOn(LocalDate.of(2021, 3, 31)).build();
            onlyError(check(a), "AGR-005", "/amendedOn/0");
        }

        @Test
        void datesOnTheSameDayKeepTheRule() {
            clean(check(agreementBuilder().status(AgreementStatus.TERMINATED)
                    .draftedOn(day).concludedOn(day).amendedOn(List.of(day)).terminatedOn(day).build()));
        }

        @Test
        void inForceWithoutConclusion() {
            onlyError(check(agreementBuilder().concludedOn(Optional.empty()).amendedOn(List.of()).build()), "AGR-005", "/concludedOn");
        }

        @Test
        void inForceConcludedTomorrow() {
            onlyError(check(agreementBuilder().amendedOn(List.of()).concludedOn(TODAY.plusDays(1)).build()), "AGR-005", "/concludedOn");
        }

        @Test
        void inForceConcludedTodayKeepsTheRule() {
            clean(check(agreementBuilder().amendedOn(List.of()).concludedOn(TODAY).build()));
        }

        @Test
        void inForceTerminatedToday() {
            onlyError(check(agreementBuilder().terminatedOn(TODAY).build()), "AGR-005", "/terminatedOn");
        }

        @Test
        void inForceWithTerminationTomorrowKeepsTheRule() {
            clean(check(agreementBuilder().terminatedOn(TODAY.plusDays(1)).build()));
        }

        @Test
        void terminatedWithoutTerminationDate() {
            onlyError(check(agreementBuilder().status(AgreementStatus.TERMINATED).build()), "AGR-005", "/terminatedOn");
        }

        @Test
        void terminatedWithoutConclusion() {
            Agreement a = agreementBuilder().status(AgreementStatus.TERMINATED).concludedOn(Optional.empty())
                    .amendedOn(List.of()).terminatedOn(day).build();
            onlyError(check(a), "AGR-005", "/concludedOn");
        }

        @Test
        void terminatedWithTerminationTomorrow() {
            onlyError(check(agreementBuilder().status(AgreementStatus.TERMINATED).terminatedOn(TODAY.plusDays(1)).build()),
                    "AGR-005", "/terminatedOn");
        }

        @Test
        void draftWithConclusionOrTermination() {
            onlyError(check(agreementBuilder().status(AgreementStatus.DRAFT).amendedOn(List.of()).build()), "AGR-005", "/concludedOn");
            exactly(check(agreementBuilder().status(AgreementStatus.DRAFT).amendedOn(List.of()).terminatedOn(TODAY).build()),
                    "AGR-005 /concludedOn", "AGR-005 /terminatedOn");
        }

        @Test
        void draftWithoutDatesKeepsTheRule() {
            clean(check(agreementBuilder().status(AgreementStatus.DRAFT).concludedOn(Optional.empty()).amendedOn(List.of()).build()));
        }

        @Test
        void anExistingChannelStartsWhenItsChannelWasEstablished() {
            onlyError(check(existingChannelBuilder().existingChannel(ExistingChannel.of("公安部公安総務課", TODAY.plusDays(1))).build()),
                    "AGR-005", "/existingChannel/establishedOn");
            onlyError(check(existingChannelBuilder().status(AgreementStatus.TERMINATED).terminatedOn(LocalDate.of(2018, 9, 30)).build()),
                    "AGR-005", "/terminatedOn");
            clean(check(existingChannelBuilder().status(AgreementStatus.TERMINATED).terminatedOn(LocalDate.of(2023, 9, 30)).build()));
        }

        @Test
        void anExistingChannelIsNeverConcluded() {
            onlyError(check(existingChannelBuilder().concludedOn(LocalDate.of(2019, 1, 1)).build()), "AGR-005", "/concludedOn");
        }

        @Test
        void anExistingChannelRecordedAsADraftIsAContradiction() {
            onlyError(check(existingChannelBuilder().status(AgreementStatus.DRAFT).build()), "AGR-005", "/existingChannel/establishedOn");
        }

        @Test
        void isARuleOfRecordIntegrityNotOfTheNotice() {
            Finding f = onlyError(check(agreementBuilder().draftedOn(LocalDate.of(2019, 6, 1)).build()), "AGR-005", "/concludedOn");
            assertThat(f.basis()).isEqualTo(Basis.RECORD_INTEGRITY);
            assertThat(f.clause()).isEqualTo("A §1");
        }

        @Test
        void statusMessageSaysWhatDisagrees() {
            ValidationReport r = check(agreementBuilder().status(AgreementStatus.DRAFT).amendedOn(List.of()).build());
            assertThat(r.findings().get(0).message()).contains("draft");
        }
    }

    @Nested
    class Agr006 {
        @Test
        void existingChannelNamesItsChannel() {
            clean(check(existingChannel()));
        }

        @Test
        void existingChannelWithoutItsChannel() {
            onlyError(check(existingChannelBuilder().existingChannel(Optional.empty()).build()), "AGR-006", "/existingChannel");
        }

        @Test
        void channelWithoutItsUnit() {
            onlyError(check(existingChannelBuilder().existingChannel(ExistingChannel.of(" ", LocalDate.of(2018, 10, 1))).build()),
                    "AGR-006", "/existingChannel/securityUnit");
        }

        @Test
        void partnerNotRecordedAsSharingWithTheSecurityDivision() {
            onlyError(check(existingChannelBuilder().partner(partnerBuilder().securityDivisionChannel(false).build()).build()),
                    "AGR-006", "/partner/securityDivisionChannel");
        }

        @Test
        void anAgreementNeedsNoChannel() {
            clean(check(agreement()));
        }
    }
}

