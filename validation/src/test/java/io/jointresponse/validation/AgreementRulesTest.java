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
import io.jointresponse.core.agreement.ImmutableAgreement;
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
            onlyError(check(agreement().withPartner(partner().withSector(Sector.OTHER))), "AGR-001", "/additionBasis");
        }

        @Test
        void basisWithBlankDescription() {
            ImmutableAgreement a = agreement().withPartner(partner().withSector(Sector.OTHER))
                    .withAdditionBasis(AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "  "));
            onlyError(check(a), "AGR-001", "/additionBasis/description");
        }

        @Test
        void basisWithDescriptionKeepsTheRule() {
            ImmutableAgreement a = agreement().withPartner(partner().withSector(Sector.OTHER).withSectorDescription("電気事業者"))
                    .withAdditionBasis(AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "電力会社への大規模なDoS攻撃"));
            clean(check(a));
        }

        @Test
        void everyNamedSectorNeedsNoBasis() {
            for (Sector s : Sector.values()) {
                if (s.isNamedTarget()) {
                    clean(check(agreement().withPartner(partner().withSector(s))));
                }
            }
        }
    }

    @Nested
    class Agr002 {
        @Test
        void agreementWhereASecurityDivisionChannelExistsIsWarned() {
            onlyWarning(agreement().withPartner(partner().withSecurityDivisionChannel(true)), "AGR-002", "/arrangement");
        }

        @Test
        void existingChannelArrangementKeepsTheRule() {
            clean(check(agreement().withPartner(partner().withSecurityDivisionChannel(true))
                    .withArrangement(ArrangementType.EXISTING_CHANNEL)));
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
        void statusMessageSaysWhatDisagrees() {
            ValidationReport r = check(agreement().withStatus(AgreementStatus.DRAFT).withAmendedOn(List.of()));
            assertThat(r.findings().get(0).message()).contains("draft");
        }
    }
}
