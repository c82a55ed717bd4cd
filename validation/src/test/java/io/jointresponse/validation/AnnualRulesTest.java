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
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.annual.ImmutableAnnualReport;
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
            onlyError(check(annualReport().withPreviousYearTotal(3)), "ANR-001", "/inForceTotal");
        }

        @Test
        void theSameReportTwiceIsCheckedAtEachPlace() {
            ImmutableAnnualReport broken = annualReport().withPreviousYearTotal(9);
            exactly(check(compilation().withReports(broken, broken)),
                    "ANR-001 /reports/0/inForceTotal", "ANR-001 /reports/1/inForceTotal", "ANR-002 /reports/1/prefecture");
        }

        @Test
        void zeroesKeepTheRule() {
            clean(check(annualReport().withInForceBySector(bySector(0, 0, 0)).withInForceTotal(0).withPreviousYearTotal(0)
                    .withConcludedDuringYear(0).withTerminatedDuringYear(0).withVendorCounterpartPartners(0)));
        }

        @Test
        void eachReportOfACompilationIsChecked() {
            onlyError(check(compilation().withReports(annualReport(Prefecture.TOKYO), annualReport(Prefecture.OSAKA).withPreviousYearTotal(9))),
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
        void reportOfAnotherYear() {
            onlyError(check(compilation().withReports(annualReport(Prefecture.TOKYO), annualReport(Prefecture.OSAKA).withYear(2024))),
                    "ANR-002", "/reports/1/year");
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
                agreement().withId("AGR-13-0004").withArrangement(ArrangementType.EXISTING_CHANNEL),
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
            onlyError(check(computed.withExistingChannelArrangements(computed.existingChannelArrangements() + 1), context),
                    "ANR-003", "/existingChannelArrangements");
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
            clean(check(computed.withExistingChannelArrangements(computed.existingChannelArrangements() + 1)));
            clean(check(computed.withExistingChannelArrangements(computed.existingChannelArrangements() + 1),
                    ValidationContext.withAgreementLookup(id -> java.util.Optional.empty())));
        }

        @Test
        void reportsInsideACompilationAreCompared() {
            onlyError(check(compilation().withReports(computed.withVendorCounterpartPartners(computed.vendorCounterpartPartners() + 1)), context),
                    "ANR-003", "/reports/0/vendorCounterpartPartners");
        }
    }
}
