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
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.crime.CrimeType;
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
        @Test
        void partnerOutsideTheNamedSectorsWithoutBasis() {
            onlyError(check(agreementBuilder().partner(partnerBuilder().sector(Sector.OTHER).build()).build()), "AGR-001", "/additionBasis");
        }

        @Test
        void basisWithBlankDescription() {
            Agreement a = agreementBuilder().partner(partnerBuilder().sector(Sector.OTHER).build())
                    .additionBasis(AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "  ")).build();
            onlyError(check(a), "AGR-001", "/additionBasis/description");
        }

        @Test
        void basisWithDescriptionKeepsTheRule() {
            Agreement a = agreementBuilder().partner(partnerBuilder().sector(Sector.OTHER).sectorDescription("電気事業者").build())
                    .additionBasis(AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "電力会社への大規模なDoS攻撃")).build();
            clean(check(a));
        }

        @Test
        void everyNamedSectorNeedsNoBasis() {
            for (Sector s : Sector.values()) {
                if (s.isNamedTarget()) {
                    clean(check(agreementBuilder().partner(partnerBuilder().sector(s).build()).build()));
                }
            }
        }
    }

    @Nested
    class Agr002 {
        @Test
        void agreementWhereASecurityDivisionChannelExistsIsWarned() {
            onlyWarning(agreementBuilder().partner(partnerBuilder().securityDivisionChannel(true).build()).build(), "AGR-002", "/arrangement");
        }

        @Test
        void existingChannelArrangementKeepsTheRule() {
            clean(check(agreementBuilder().partner(partnerBuilder().securityDivisionChannel(true).build())
                    .arrangement(ArrangementType.EXISTING_CHANNEL).build()));
        }
    }

    @Nested
    class Agr003 {
        @Test
        void outsourcedWithoutVendorIsAnError() {
            onlyError(check(agreementBuilder().partner(partnerBuilder().securityVendors(List.of()).build()).build()),
                    "AGR-003", "/partner/securityVendors");
        }

        @Test
        void vendorsListedButNotOutsourcedIsAnError() {
            onlyError(check(agreementBuilder().partner(partnerBuilder().outsourcing(OutsourcingStatus.NOT_OUTSOURCED).build()).build()),
                    "AGR-003", "/partner/securityVendors");
        }

        @Test
        void unknownOutsourcingIsAWarning() {
            onlyWarning(agreementBuilder()
                    .partner(partnerBuilder().outsourcing(OutsourcingStatus.UNKNOWN).securityVendors(List.of()).build()).build(),
                    "AGR-003", "/partner/outsourcing");
        }

        @Test
        void oneVendorOrNoOutsourcingKeepsTheRule() {
            assertThat(partner().securityVendors()).hasSize(1);
            clean(check(agreement()));
            clean(check(agreementBuilder()
                    .partner(partnerBuilder().outsourcing(OutsourcingStatus.NOT_OUTSOURCED).securityVendors(List.of()).build()).build()));
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
        void statusMessageSaysWhatDisagrees() {
            ValidationReport r = check(agreementBuilder().status(AgreementStatus.DRAFT).amendedOn(List.of()).build());
            assertThat(r.findings().get(0).message()).contains("draft");
        }
    }
}
