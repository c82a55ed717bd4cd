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
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.annual.PeriodType;
import io.jointresponse.core.annual.ReportItem;
import io.jointresponse.core.annual.ReportingInstruction;
import io.jointresponse.core.annual.ReportingPeriod;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
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
            onlyError(check(annualReportBuilder().inForceAtPeriodStart(3).build()), "ANR-001", "/inForceTotal");
        }

        @Test
        void theSameReportTwiceIsCheckedAtEachPlace() {
            AnnualReport broken = annualReportBuilder().inForceAtPeriodStart(9).build();
            exactly(check(compilationBuilder().reports(List.of(broken, broken)).build()),
                    "ANR-001 /reports/0/inForceTotal", "ANR-001 /reports/1/inForceTotal", "ANR-002 /reports/1/prefecture");
        }

        @Test
        void zeroesKeepTheRule() {
            clean(check(annualReportBuilder().inForceBySector(bySector(0, 0, 0)).inForceTotal(0).inForceAtPeriodStart(0)
                    .concludedInPeriod(0).terminatedInPeriod(0).vendorCounterpartPartners(0).build()));
        }

        @Test
        void countsTheInstructionDidNotAskForAreNotChecked() {
            // Without the counts at the start, concluded and terminated, the balance is not checked;
            // without the counts by sector, neither is their sum.
            clean(check(annualReportBuilder().inForceAtPeriodStart(java.util.Optional.empty()).inForceTotal(99)
                    .inForceBySector(Map.of()).build()));
        }

        @Test
        void periodWhoseDatesAreNotThoseOfItsType() {
            onlyError(check(annualReportBuilder().period(ReportingPeriod.builder().type(PeriodType.CALENDAR_YEAR)
                    .start(LocalDate.of(2025, 4, 1)).end(LocalDate.of(2026, 3, 31)).build()).build()), "ANR-001", "/period");
        }

        @Test
        void fiscalYearReportCountedAsOf31MarchKeepsTheRule() {
            clean(check(annualReportBuilder().period(ReportingPeriod.fiscalYear(2025)).asOf(LocalDate.of(2026, 3, 31)).build()));
        }

        @Test
        void countDayBeforeThePeriodBegins() {
            onlyError(check(annualReportBuilder().asOf(LocalDate.of(2024, 12, 31)).build()), "ANR-001", "/asOf");
        }

        @Test
        void balanceIsNotCheckedWhenCountedAfterThePeriodEnded() {
            clean(check(annualReportBuilder().asOf(LocalDate.of(2026, 1, 31)).inForceAtPeriodStart(9).build()));
        }

        @Test
        void eachReportOfACompilationIsChecked() {
            onlyError(check(compilationBuilder().reports(List.of(annualReport(Prefecture.TOKYO),
                    annualReportBuilder(Prefecture.OSAKA).inForceAtPeriodStart(9).build())).build()),
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
        void reportOfAnotherPeriod() {
            onlyError(check(compilationBuilder().reports(List.of(annualReport(Prefecture.TOKYO),
                    annualReportBuilder(Prefecture.OSAKA).period(ReportingPeriod.calendarYear(2024)).asOf(LocalDate.of(2024, 12, 31)).build()))
                    .build()), "ANR-002", "/reports/1/period");
        }

        @Test
        void reportOfTheFiscalYearInACalendarYearCompilation() {
            onlyError(check(compilationBuilder().reports(List.of(annualReport(Prefecture.TOKYO),
                    annualReportBuilder(Prefecture.OSAKA).period(ReportingPeriod.fiscalYear(2025)).asOf(LocalDate.of(2026, 3, 31)).build()))
                    .build()), "ANR-002", "/reports/1/period");
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
                agreementBuilder().id("AGR-13-0004").arrangement(ArrangementType.EXISTING_CHANNEL).concludedOn(java.util.Optional.empty())
                        .existingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2020, 1, 10))).build(),
                agreementBuilder().id("AGR-27-0001").prefecture(Prefecture.OSAKA).build());
        private final ValidationContext context = ValidationContext.of(records);
        private final AnnualReport computed = AnnualReports.compute(records, Prefecture.TOKYO, 2025);

        /** The computed report, counting one existing-channel arrangement more than the records hold. */
        private AnnualReport oneExistingChannelTooMany() {
            return AnnualReport.builder().from(computed).existingChannelArrangements(computed.existingChannelArrangements().orElseThrow() + 1)
                    .build();
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
        void reportAsOf31MarchIsComparedAsOf31March() {
            // Before the change ANR-003 ignored asOf and compared with 31 December: false errors.
            AnnualReport march = AnnualReports.compute(records, Prefecture.TOKYO, ReportingInstruction.builder()
                    .period(ReportingPeriod.fiscalYear(2024)).build());
            clean(check(march, context));
            AnnualReport midYear = AnnualReports.compute(records, Prefecture.TOKYO, ReportingInstruction.builder()
                    .period(ReportingPeriod.calendarYear(2025)).countDay(LocalDate.of(2025, 3, 31)).build());
            clean(check(midYear, context));
        }

        @Test
        void onlyTheCountsTheReportHoldsAreCompared() {
            AnnualReport fewer = AnnualReports.compute(records, Prefecture.TOKYO, ReportingInstruction.builder()
                    .period(ReportingPeriod.calendarYear(2025)).items(EnumSet.of(ReportItem.IN_FORCE_TOTAL)).build());
            clean(check(fewer, context));
            onlyError(check(AnnualReport.builder().from(fewer).inForceTotal(7).build(), context), "ANR-003", "/inForceTotal");
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
                    .vendorCounterpartPartners(computed.vendorCounterpartPartners().orElseThrow() + 1).build();
            onlyError(check(compilationBuilder().reports(List.of(differing)).build(), context),
                    "ANR-003", "/reports/0/vendorCounterpartPartners");
        }
    }
}
