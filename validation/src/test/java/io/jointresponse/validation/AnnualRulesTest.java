package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.agreementBuilder;
import static io.jointresponse.validation.Baseline.annualReport;
import static io.jointresponse.validation.Baseline.annualReportBuilder;
import static io.jointresponse.validation.Baseline.compilation;
import static io.jointresponse.validation.Baseline.compilationBuilder;
import static io.jointresponse.validation.Baseline.partner;
import static io.jointresponse.validation.Baseline.partnerBuilder;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnnualRulesTest {

    @Test
    void baselinesKeepEveryRule() {
        clean(check(annualReport()));
        clean(check(compilation()));
    }

    private static Map<Sector, Integer> bySector(int financial, int crypto, int other) {
        Map<Sector, Integer> m = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            m.put(s, 0);
        }
        m.put(Sector.FINANCIAL_INSTITUTION, financial);
        m.put(Sector.CRYPTO_ASSET_EXCHANGE, crypto);
        m.put(Sector.OTHER, other);
        return m;
    }

    @Nested
    class Anr001 {
        @Test
        void negativeCount() {
            onlyError(check(annualReportBuilder().existingChannelArrangements(-1).build()), "ANR-001", "/existingChannelArrangements");
        }

        @Test
        void negativeSectorCount() {
            onlyError(check(annualReportBuilder().inForceBySector(bySector(3, 1, -1)).build()), "ANR-001", "/inForceBySector/OTHER");
        }

        @Test
        void sectorsDoNotAddUpToTheTotal() {
            onlyError(check(annualReportBuilder().inForceBySector(bySector(1, 1, 0)).build()), "ANR-001", "/inForceTotal");
        }

        @Test
        void lastYearPlusConcludedMinusTerminatedIsNotTheTotal() {
            onlyError(check(annualReportBuilder().previousYearTotal(3).build()), "ANR-001", "/inForceTotal");
        }

        @Test
        void theSameReportTwiceIsCheckedAtEachPlace() {
            AnnualReport broken = annualReportBuilder().previousYearTotal(9).build();
            exactly(check(compilationBuilder().reports(List.of(broken, broken)).build()),
                    "ANR-001 /reports/0/inForceTotal", "ANR-001 /reports/1/inForceTotal", "ANR-002 /reports/1/prefecture");
        }

        @Test
        void zeroesKeepTheRule() {
            clean(check(annualReportBuilder().inForceBySector(bySector(0, 0, 0)).inForceTotal(0).previousYearTotal(0)
                    .concludedDuringYear(0).terminatedDuringYear(0).vendorCounterpartPartners(0).build()));
        }

        @Test
        void eachReportOfACompilationIsChecked() {
            onlyError(check(compilationBuilder().reports(List.of(annualReport(Prefecture.TOKYO),
                    annualReportBuilder(Prefecture.OSAKA).previousYearTotal(9).build())).build()),
                    "ANR-001", "/reports/1/inForceTotal");
        }
    }

    @Nested
    class Anr002 {
        @Test
        void twoReportsOfOnePrefecture() {
            onlyError(check(compilationBuilder().reports(List.of(annualReport(Prefecture.TOKYO), annualReport(Prefecture.TOKYO))).build()),
                    "ANR-002", "/reports/1/prefecture");
        }

        @Test
        void reportOfAnotherYear() {
            onlyError(check(compilationBuilder().reports(List.of(annualReport(Prefecture.TOKYO),
                    annualReportBuilder(Prefecture.OSAKA).year(2024).build())).build()),
                    "ANR-002", "/reports/1/year");
        }

        @Test
        void oneReportOfEveryPrefectureKeepsTheRule() {
            List<AnnualReport> reports = java.util.Arrays.stream(Prefecture.values()).map(p -> annualReport(p)).toList();
            clean(check(compilationBuilder().reports(reports).build()));
        }
    }

    @Nested
    class Anr003 {
        private final List<Agreement> records = List.of(
                agreement(),
                agreementBuilder().id("AGR-13-0002").concludedOn(LocalDate.of(2025, 3, 1)).amendedOn(List.of())
                        .partner(partnerBuilder().sector(Sector.CRYPTO_ASSET_EXCHANGE).build()).build(),
                agreementBuilder().id("AGR-13-0003").status(AgreementStatus.TERMINATED).amendedOn(List.of())
                        .terminatedOn(LocalDate.of(2025, 9, 30)).build(),
                agreementBuilder().id("AGR-13-0004").arrangement(ArrangementType.EXISTING_CHANNEL).build(),
                agreementBuilder().id("AGR-27-0001").prefecture(Prefecture.OSAKA).build());
        private final ValidationContext context = ValidationContext.of(records);
        private final AnnualReport computed = AnnualReports.compute(records, Prefecture.TOKYO, 2025);

        /** The computed report, counting one existing-channel arrangement more than the records hold. */
        private AnnualReport oneExistingChannelTooMany() {
            return AnnualReport.builder().from(computed).existingChannelArrangements(computed.existingChannelArrangements() + 1).build();
        }

        @Test
        void reportComputedFromTheRecordsKeepsTheRule() {
            clean(check(computed, context));
        }

        @Test
        void countThatDiffersFromTheRecords() {
            onlyError(check(oneExistingChannelTooMany(), context),
                    "ANR-003", "/existingChannelArrangements");
        }

        @Test
        void oneFindingPerDifferingCount() {
            Map<Sector, Integer> moved = new EnumMap<>(computed.inForceBySector());
            moved.merge(Sector.FINANCIAL_INSTITUTION, -1, Integer::sum);
            moved.merge(Sector.DATA_CENTRE, 1, Integer::sum);
            exactly(check(AnnualReport.builder().from(computed).inForceBySector(moved).build(), context),
                    "ANR-003 /inForceBySector/DATA_CENTRE", "ANR-003 /inForceBySector/FINANCIAL_INSTITUTION");
        }

        @Test
        void withoutRecordsNothingIsCompared() {
            clean(check(oneExistingChannelTooMany()));
            clean(check(oneExistingChannelTooMany(),
                    ValidationContext.withAgreementLookup(id -> java.util.Optional.empty())));
        }

        @Test
        void reportsInsideACompilationAreCompared() {
            AnnualReport differing = AnnualReport.builder().from(computed)
                    .vendorCounterpartPartners(computed.vendorCounterpartPartners() + 1).build();
            onlyError(check(compilationBuilder().reports(List.of(differing)).build(), context),
                    "ANR-003", "/reports/0/vendorCounterpartPartners");
        }
    }
}
