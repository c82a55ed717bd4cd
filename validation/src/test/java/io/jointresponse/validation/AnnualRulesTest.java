package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.annualReport;
import static io.jointresponse.validation.Baseline.compilation;
import static io.jointresponse.validation.Baseline.partner;
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
import io.jointresponse.core.annual.ImmutableAnnualReport;
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
            onlyError(check(annualReport().withExistingChannelArrangements(-1)), "ANR-001", "/existingChannelArrangements");
        }

        @Test
        void negativeSectorCount() {
            onlyError(check(annualReport().withInForceBySector(bySector(3, 1, -1))), "ANR-001", "/inForceBySector/OTHER");
        }

        @Test
        void sectorsDoNotAddUpToTheTotal() {
            onlyError(check(annualReport().withInForceBySector(bySector(1, 1, 0))), "ANR-001", "/inForceTotal");
        }

        @Test
        void lastYearPlusConcludedMinusTerminatedIsNotTheTotal() {
            onlyError(check(annualReport().withInForceAtPeriodStart(3)), "ANR-001", "/inForceTotal");
        }

        @Test
        void theSameReportTwiceIsCheckedAtEachPlace() {
            ImmutableAnnualReport broken = annualReport().withInForceAtPeriodStart(9);
            exactly(check(compilation().withReports(broken, broken)),
                    "ANR-001 /reports/0/inForceTotal", "ANR-001 /reports/1/inForceTotal", "ANR-002 /reports/1/prefecture");
        }

        @Test
        void zeroesKeepTheRule() {
            clean(check(annualReport().withInForceBySector(bySector(0, 0, 0)).withInForceTotal(0).withInForceAtPeriodStart(0)
                    .withConcludedInPeriod(0).withTerminatedInPeriod(0).withVendorCounterpartPartners(0)));
        }

        @Test
        void countsTheInstructionDidNotAskForAreNotChecked() {
            // Without the counts at the start, concluded and terminated, the balance is not checked;
            // without the counts by sector, neither is their sum.
            clean(check(annualReport().withInForceAtPeriodStart(java.util.Optional.empty()).withInForceTotal(99)
                    .withInForceBySector(Map.of())));
        }

        @Test
        void periodWhoseDatesAreNotThoseOfItsType() {
            onlyError(check(annualReport().withPeriod(ReportingPeriod.builder().type(PeriodType.CALENDAR_YEAR)
                    .start(LocalDate.of(2025, 4, 1)).end(LocalDate.of(2026, 3, 31)).build())), "ANR-001", "/period");
        }

        @Test
        void fiscalYearReportCountedAsOf31MarchKeepsTheRule() {
            clean(check(annualReport().withPeriod(ReportingPeriod.fiscalYear(2025)).withAsOf(LocalDate.of(2026, 3, 31))));
        }

        @Test
        void countDayBeforeThePeriodBegins() {
            onlyError(check(annualReport().withAsOf(LocalDate.of(2024, 12, 31))), "ANR-001", "/asOf");
        }

        @Test
        void balanceIsNotCheckedWhenCountedAfterThePeriodEnded() {
            clean(check(annualReport().withAsOf(LocalDate.of(2026, 1, 31)).withInForceAtPeriodStart(9)));
        }

        @Test
        void eachReportOfACompilationIsChecked() {
            onlyError(check(compilation().withReports(annualReport(Prefecture.TOKYO), annualReport(Prefecture.OSAKA).withInForceAtPeriodStart(9))),
                    "ANR-001", "/reports/1/inForceTotal");
        }
    }

    @Nested
    class Anr002 {
        @Test
        void twoReportsOfOnePrefecture() {
            onlyError(check(compilation().withReports(annualReport(Prefecture.TOKYO), annualReport(Prefecture.TOKYO))),
                    "ANR-002", "/reports/1/prefecture");
        }

        @Test
        void reportOfAnotherPeriod() {
            onlyError(check(compilation().withReports(annualReport(Prefecture.TOKYO),
                    annualReport(Prefecture.OSAKA).withPeriod(ReportingPeriod.calendarYear(2024)).withAsOf(LocalDate.of(2024, 12, 31)))),
                    "ANR-002", "/reports/1/period");
        }

        @Test
        void reportOfTheFiscalYearInACalendarYearCompilation() {
            onlyError(check(compilation().withReports(annualReport(Prefecture.TOKYO),
                    annualReport(Prefecture.OSAKA).withPeriod(ReportingPeriod.fiscalYear(2025)).withAsOf(LocalDate.of(2026, 3, 31)))),
                    "ANR-002", "/reports/1/period");
        }

        @Test
        void oneReportOfEveryPrefectureKeepsTheRule() {
            List<AnnualReport> reports = java.util.Arrays.stream(Prefecture.values()).map(p -> (AnnualReport) annualReport(p)).toList();
            clean(check(compilation().withReports(reports)));
        }
    }

    @Nested
    class Anr003 {
        private final List<Agreement> records = List.of(
                agreement(),
                agreement().withId("AGR-13-0002").withConcludedOn(LocalDate.of(2025, 3, 1)).withAmendedOn(List.of())
                        .withPartner(partner().withSector(Sector.CRYPTO_ASSET_EXCHANGE)),
                agreement().withId("AGR-13-0003").withStatus(AgreementStatus.TERMINATED).withAmendedOn(List.of())
                        .withTerminatedOn(LocalDate.of(2025, 9, 30)),
                agreement().withId("AGR-13-0004").withArrangement(ArrangementType.EXISTING_CHANNEL).withConcludedOn(java.util.Optional.empty())
                        .withExistingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2020, 1, 10))),
                agreement().withId("AGR-27-0001").withPrefecture(Prefecture.OSAKA));
        private final ValidationContext context = ValidationContext.of(records);
        private final ImmutableAnnualReport computed =
                ImmutableAnnualReport.class.cast(AnnualReports.compute(records, Prefecture.TOKYO, 2025));

        @Test
        void reportComputedFromTheRecordsKeepsTheRule() {
            clean(check(computed, context));
        }

        @Test
        void countThatDiffersFromTheRecords() {
            onlyError(check(computed.withExistingChannelArrangements(computed.existingChannelArrangements().orElseThrow() + 1), context),
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
            onlyError(check(ImmutableAnnualReport.class.cast(fewer).withInForceTotal(7), context), "ANR-003", "/inForceTotal");
        }

        @Test
        void oneFindingPerDifferingCount() {
            Map<Sector, Integer> moved = new EnumMap<>(computed.inForceBySector());
            moved.merge(Sector.FINANCIAL_INSTITUTION, -1, Integer::sum);
            moved.merge(Sector.DATA_CENTRE, 1, Integer::sum);
            exactly(check(computed.withInForceBySector(moved), context),
                    "ANR-003 /inForceBySector/DATA_CENTRE", "ANR-003 /inForceBySector/FINANCIAL_INSTITUTION");
        }

        @Test
        void withoutRecordsNothingIsCompared() {
            clean(check(computed.withExistingChannelArrangements(computed.existingChannelArrangements().orElseThrow() + 1)));
            clean(check(computed.withExistingChannelArrangements(computed.existingChannelArrangements().orElseThrow() + 1),
                    ValidationContext.withAgreementLookup(id -> java.util.Optional.empty())));
        }

        @Test
        void reportsInsideACompilationAreCompared() {
            onlyError(check(compilation().withReports(computed.withVendorCounterpartPartners(computed.vendorCounterpartPartners().orElseThrow() + 1)), context),
                    "ANR-003", "/reports/0/vendorCounterpartPartners");
        }
    }
}
