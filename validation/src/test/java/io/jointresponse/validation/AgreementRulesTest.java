package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.TODAY;
import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.partner;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AdditionReason;
import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.agreement.ImmutableAgreement;
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
        private ImmutableAgreement otherSector() {
            return agreement().withPartner(partner().withSector(Sector.OTHER).withSectorDescription("電気通信事業者"));
        }

        @Test
        void partnerOutsideTheNamedSectorsWithNoGroundIsAWarningNotAnError() {
            onlyWarning(otherSector(), "AGR-001", "/targetGround");
        }

        @Test
        void highRiskLikeTheNamedSectorsIsAProperTargetWithoutAnAddition() {
            // 「…オンラインショップ事業者等を締結対象とすること」: a telecom carrier at high risk is a target under
            // the first paragraph, with no addition to justify.
            clean(check(otherSector().withTargetGround(TargetGround.HIGH_RISK_LIKE_NAMED_SECTORS)));
        }

        @Test
        void additionWithoutItsBasis() {
            onlyWarning(otherSector().withTargetGround(TargetGround.ADDED_AS_NECESSARY), "AGR-001", "/additionBasis");
        }

        @Test
        void basisWithBlankDescription() {
            onlyWarning(otherSector().withAdditionBasis(AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "  ")),
                    "AGR-001", "/additionBasis/description");
        }

        @Test
        void basisWithDescriptionKeepsTheRuleWithOrWithoutTheGround() {
            AdditionBasis basis = AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "電力会社への大規模なDoS攻撃");
            clean(check(otherSector().withAdditionBasis(basis)));
            clean(check(otherSector().withAdditionBasis(basis).withTargetGround(TargetGround.ADDED_AS_NECESSARY)));
        }

        @Test
        void everyNamedSectorNeedsNoGround() {
            for (Sector s : Sector.values()) {
                if (s.isNamedTarget()) {
                    clean(check(agreement().withPartner(partner().withSector(s))));
                }
            }
        }

        @Test
        void anExistingChannelIsNotAnAgreementTarget() {
            clean(check(existingChannel().withPartner(partner().withSector(Sector.OTHER).withSecurityDivisionChannel(true))));
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
    static ImmutableAgreement existingChannel() {
        return agreement().withArrangement(ArrangementType.EXISTING_CHANNEL)
                .withPartner(partner().withSecurityDivisionChannel(true))
                .withConcludedOn(Optional.empty()).withDraftedOn(Optional.empty()).withAmendedOn(List.of())
                .withReportableCrimes(List.of())
                .withExistingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2018, 10, 1)));
    }

    @Nested
    class Agr002 {
        @Test
        void agreementWhereASecurityDivisionChannelExistsWithNoReasonIsWarned() {
            onlyWarning(agreement().withPartner(partner().withSecurityDivisionChannel(true)), "AGR-002", "/reasonDespiteExistingChannel");
            onlyWarning(agreement().withExistingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2018, 10, 1))),
                    "AGR-002", "/reasonDespiteExistingChannel");
        }

        @Test
        void agreementMadeAnywayWithItsReasonKeepsTheRule() {
            // The notice says not to insist on an agreement (拘泥することなく); it does not forbid one.
            clean(check(agreement().withPartner(partner().withSecurityDivisionChannel(true))
                    .withReasonDespiteExistingChannel("既存の窓口はサイバー攻撃対策に限られ、不正アクセス等の通報の取決めがないため")));
        }

        @Test
        void blankReasonIsNoReason() {
            onlyWarning(agreement().withPartner(partner().withSecurityDivisionChannel(true)).withReasonDespiteExistingChannel(" "),
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
            onlyError(check(agreement().withPartner(partner().withSecurityVendors(List.of()))), "AGR-003", "/partner/securityVendors");
        }

        @Test
        void vendorsListedButNotOutsourcedIsAnError() {
            onlyError(check(agreement().withPartner(partner().withOutsourcing(OutsourcingStatus.NOT_OUTSOURCED))),
                    "AGR-003", "/partner/securityVendors");
        }

        @Test
        void unknownOutsourcingIsAWarning() {
            onlyWarning(agreement().withPartner(partner().withOutsourcing(OutsourcingStatus.UNKNOWN).withSecurityVendors(List.of())),
                    "AGR-003", "/partner/outsourcing");
        }

        @Test
        void oneVendorOrNoOutsourcingKeepsTheRule() {
            assertThat(partner().securityVendors()).hasSize(1);
            clean(check(agreement()));
            clean(check(agreement().withPartner(partner().withOutsourcing(OutsourcingStatus.NOT_OUTSOURCED).withSecurityVendors(List.of()))));
        }
    }

    @Nested
    class Agr004 {
        @Test
        void noReportableCrime() {
            onlyError(check(agreement().withReportableCrimes(List.of())), "AGR-004", "/reportableCrimes");
        }

        @Test
        void otherCrimeWithoutDescription() {
            ImmutableAgreement a = agreement().withReportableCrimes(
                    AgreedCrime.of(CrimeType.PHISHING), AgreedCrime.of(CrimeType.OTHER));
            onlyError(check(a), "AGR-004", "/reportableCrimes/1/description");
        }

        @Test
        void otherCrimeWithBlankDescription() {
            ImmutableAgreement a = agreement().withReportableCrimes(
                    AgreedCrime.builder().type(CrimeType.OTHER).description(" ").build());
            onlyError(check(a), "AGR-004", "/reportableCrimes/0/description");
        }

        @Test
        void anExistingChannelOwesNoAgreedList() {
            clean(check(existingChannel()));
        }

        @Test
        void aDraftIsStillBeingNegotiatedAndOwesNoListYet() {
            clean(check(agreement().withStatus(AgreementStatus.DRAFT).withConcludedOn(Optional.empty()).withAmendedOn(List.of())
                    .withReportableCrimes(List.of())));
        }

        @Test
        void aTerminatedAgreementHadItsList() {
            onlyError(check(agreement().withStatus(AgreementStatus.TERMINATED).withTerminatedOn(LocalDate.of(2022, 3, 31))
                    .withReportableCrimes(List.of())), "AGR-004", "/reportableCrimes");
        }

        @Test
        void anExistingChannelThatListsOtherDescribesIt() {
            onlyError(check(existingChannel().withReportableCrimes(AgreedCrime.of(CrimeType.OTHER))), "AGR-004", "/reportableCrimes/0/description");
        }

        @Test
        void otherCrimeWithDescriptionKeepsTheRule() {
            clean(check(agreement().withReportableCrimes(
                    AgreedCrime.builder().type(CrimeType.OTHER).description("ランサムウェアによる業務妨害").build())));
        }
    }

    @Nested
    class Agr005 {
        private final LocalDate day = LocalDate.of(2020, 1, 10);

        @Test
        void concludedBeforeDrafted() {
            onlyError(check(agreement().withDraftedOn(LocalDate.of(2019, 6, 1))), "AGR-005", "/concludedOn");
        }

        @Test
        void amendedBeforeConcluded() {
            onlyError(check(agreement().withAmendedOn(LocalDate.of(2019, 5, 14))), "AGR-005", "/amendedOn/0");
        }

        @Test
        void terminatedBeforeConcluded() {
            ImmutableAgreement a = agreement().withStatus(AgreementStatus.TERMINATED).withAmendedOn(List.of())
                    .withTerminatedOn(LocalDate.of(2019, 5, 14));
            onlyError(check(a), "AGR-005", "/terminatedOn");
        }

        @Test
        void amendedAfterTerminated() {
            ImmutableAgreement a = agreement().withStatus(AgreementStatus.TERMINATED).withTerminatedOn(LocalDate.of(2021, 3, 31));
            onlyError(check(a), "AGR-005", "/amendedOn/0");
        }

        @Test
        void datesOnTheSameDayKeepTheRule() {
            clean(check(agreement().withStatus(AgreementStatus.TERMINATED)
                    .withDraftedOn(day).withConcludedOn(day).withAmendedOn(day).withTerminatedOn(day)));
        }

        @Test
        void inForceWithoutConclusion() {
            onlyError(check(agreement().withConcludedOn(Optional.empty()).withAmendedOn(List.of())), "AGR-005", "/concludedOn");
        }

        @Test
        void inForceConcludedTomorrow() {
            onlyError(check(agreement().withAmendedOn(List.of()).withConcludedOn(TODAY.plusDays(1))), "AGR-005", "/concludedOn");
        }

        @Test
        void inForceConcludedTodayKeepsTheRule() {
            clean(check(agreement().withAmendedOn(List.of()).withConcludedOn(TODAY)));
        }

        @Test
        void inForceTerminatedToday() {
            onlyError(check(agreement().withTerminatedOn(TODAY)), "AGR-005", "/terminatedOn");
        }

        @Test
        void inForceWithTerminationTomorrowKeepsTheRule() {
            clean(check(agreement().withTerminatedOn(TODAY.plusDays(1))));
        }

        @Test
        void terminatedWithoutTerminationDate() {
            onlyError(check(agreement().withStatus(AgreementStatus.TERMINATED)), "AGR-005", "/terminatedOn");
        }

        @Test
        void terminatedWithoutConclusion() {
            ImmutableAgreement a = agreement().withStatus(AgreementStatus.TERMINATED).withConcludedOn(Optional.empty())
                    .withAmendedOn(List.of()).withTerminatedOn(day);
            onlyError(check(a), "AGR-005", "/concludedOn");
        }

        @Test
        void terminatedWithTerminationTomorrow() {
            onlyError(check(agreement().withStatus(AgreementStatus.TERMINATED).withTerminatedOn(TODAY.plusDays(1))),
                    "AGR-005", "/terminatedOn");
        }

        @Test
        void draftWithConclusionOrTermination() {
            onlyError(check(agreement().withStatus(AgreementStatus.DRAFT).withAmendedOn(List.of())), "AGR-005", "/concludedOn");
            exactly(check(agreement().withStatus(AgreementStatus.DRAFT).withAmendedOn(List.of()).withTerminatedOn(TODAY)),
                    "AGR-005 /concludedOn", "AGR-005 /terminatedOn");
        }

        @Test
        void draftWithoutDatesKeepsTheRule() {
            clean(check(agreement().withStatus(AgreementStatus.DRAFT).withConcludedOn(Optional.empty()).withAmendedOn(List.of())));
        }

        @Test
        void anExistingChannelStartsWhenItsChannelWasEstablished() {
            onlyError(check(existingChannel().withExistingChannel(ExistingChannel.of("公安部公安総務課", TODAY.plusDays(1)))),
                    "AGR-005", "/existingChannel/establishedOn");
            onlyError(check(existingChannel().withStatus(AgreementStatus.TERMINATED).withTerminatedOn(LocalDate.of(2018, 9, 30))),
                    "AGR-005", "/terminatedOn");
            clean(check(existingChannel().withStatus(AgreementStatus.TERMINATED).withTerminatedOn(LocalDate.of(2023, 9, 30))));
        }

        @Test
        void anExistingChannelIsNeverConcluded() {
            onlyError(check(existingChannel().withConcludedOn(LocalDate.of(2019, 1, 1))), "AGR-005", "/concludedOn");
        }

        @Test
        void anExistingChannelRecordedAsADraftIsAContradiction() {
            onlyError(check(existingChannel().withStatus(AgreementStatus.DRAFT)), "AGR-005", "/existingChannel/establishedOn");
        }

        @Test
        void isARuleOfRecordIntegrityNotOfTheNotice() {
            Finding f = onlyError(check(agreement().withDraftedOn(LocalDate.of(2019, 6, 1))), "AGR-005", "/concludedOn");
            assertThat(f.basis()).isEqualTo(Basis.RECORD_INTEGRITY);
            assertThat(f.clause()).isEqualTo("A §1");
        }

        @Test
        void statusMessageSaysWhatDisagrees() {
            ValidationReport r = check(agreement().withStatus(AgreementStatus.DRAFT).withAmendedOn(List.of()));
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
            onlyError(check(existingChannel().withExistingChannel(Optional.empty())), "AGR-006", "/existingChannel");
        }

        @Test
        void channelWithoutItsUnit() {
            onlyError(check(existingChannel().withExistingChannel(ExistingChannel.of(" ", LocalDate.of(2018, 10, 1)))),
                    "AGR-006", "/existingChannel/securityUnit");
        }

        @Test
        void partnerNotRecordedAsSharingWithTheSecurityDivision() {
            onlyError(check(existingChannel().withPartner(partner().withSecurityDivisionChannel(false))),
                    "AGR-006", "/partner/securityDivisionChannel");
        }

        @Test
        void anAgreementNeedsNoChannel() {
            clean(check(agreement()));
        }
    }
}
