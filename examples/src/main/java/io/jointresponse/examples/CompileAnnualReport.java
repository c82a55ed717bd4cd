package io.jointresponse.examples;

import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.agreement.VendorKind;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.annual.Instruction;
import io.jointresponse.core.annual.ReportItem;
import io.jointresponse.core.annual.ReportingInstruction;
import io.jointresponse.core.annual.ReportingPeriod;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.organisation.Prefecture;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Shows how a prefectural police records its joint-response agreements and computes its annual
 * report on them (notice 217, §8).
 *
 * <p>Three agreements of the Metropolitan Police Department are built with the model's builders:
 * a bank whose monitoring is outsourced to a vendor, a crypto-asset exchange whose agreement ended
 * during the year, and a data centre that already talks to the security division and so uses the
 * existing channel instead of an agreement. The report for 2024 is then computed from them, with the
 * library's default instruction (the calendar year, as of 31 December): notice 217, §8 leaves the
 * items, timing and format of the report to a separate instruction, and the report says which it
 * followed. A prefectural police that has received that instruction builds a
 * {@link ReportingInstruction} instead, as the fiscal-year report below shows.
 */
public final class CompileAnnualReport {

    private CompileAnnualReport() {}

    /**
     * Prints the sample agreements and the annual report computed from them.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Prints the sample agreements and the annual report computed from them.
     *
     * @param out where to print, not null
     */
    static void run(PrintStream out) {
        List<Agreement> agreements = sampleAgreements();
        out.println("Agreements of " + Prefecture.TOKYO.policeName() + ":");
        // toString redacts business-identifying and personal data: names print as [redacted].
        agreements.forEach(a -> out.println("  " + a));
        print(out, AnnualReports.compute(agreements, Prefecture.TOKYO, 2024));
        // The NPA's own instruction, if it asks for the fiscal year and fewer items:
        ReportingInstruction fiscal = ReportingInstruction.builder()
                .period(ReportingPeriod.fiscalYear(2024))
                .items(EnumSet.of(ReportItem.IN_FORCE_TOTAL, ReportItem.CONCLUDED_IN_PERIOD, ReportItem.EXISTING_CHANNELS))
                .instruction(Instruction.given("令和6年X月X日付け警察庁の別途指示"))
                .build();
        print(out, AnnualReports.compute(agreements, Prefecture.TOKYO, fiscal));
    }

    private static void print(PrintStream out, AnnualReport report) {
        out.println("Annual report " + report.period().start() + " to " + report.period().end() + " as of " + report.asOf()
                + " (" + report.instruction().source().englishLabel() + "):");
        out.println("  in force:               " + count(report.inForceTotal()) + " " + report.inForceBySector());
        out.println("  in force at the start:  " + count(report.inForceAtPeriodStart()));
        out.println("  concluded in the period:" + " " + count(report.concludedInPeriod()));
        out.println("  terminated in the period: " + count(report.terminatedInPeriod()));
        out.println("  existing channels:      " + count(report.existingChannelArrangements()));
        out.println("  vendor counterparts:    " + count(report.vendorCounterpartPartners()));
    }

    private static String count(Optional<Integer> count) {
        return count.map(String::valueOf).orElse("(not counted)");
    }

    static List<Agreement> sampleAgreements() {
        Agreement bank = Agreement.builder()
                .id("13-2023-0001")
                .prefecture(Prefecture.TOKYO)
                .partner(Partner.builder()
                        .name("株式会社さくら銀行")
                        .sector(Sector.FINANCIAL_INSTITUTION)
                        .outsourcing(OutsourcingStatus.OUTSOURCED)
                        .addSecurityVendors(SecurityVendor.builder()
                                .name("株式会社みはり監視サービス")
                                .kind(VendorKind.SECURITY_MONITORING_PROVIDER)
                                .practicalCounterpart(true)
                                .build())
                        .build())
                .status(AgreementStatus.IN_FORCE)
                .concludedOn(LocalDate.of(2023, 6, 1))
                .addReportableCrimes(AgreedCrime.of(CrimeType.UNAUTHORIZED_ACCESS), AgreedCrime.of(CrimeType.PHISHING))
                .build();
        Agreement exchange = Agreement.builder()
                .id("13-2024-0002")
                .prefecture(Prefecture.TOKYO)
                .partner(Partner.builder()
                        .name("株式会社あおぞら暗号資産取引所")
                        .sector(Sector.CRYPTO_ASSET_EXCHANGE)
                        .outsourcing(OutsourcingStatus.NOT_OUTSOURCED)
                        .build())
                .status(AgreementStatus.TERMINATED)
                .concludedOn(LocalDate.of(2024, 2, 1))
                .terminatedOn(LocalDate.of(2024, 11, 30))
                .addReportableCrimes(AgreedCrime.of(CrimeType.UNAUTHORIZED_ACCESS), AgreedCrime.of(CrimeType.MALWARE_USE))
                .build();
        Agreement dataCentre = Agreement.builder()
                .id("13-2024-0003")
                .prefecture(Prefecture.TOKYO)
                .arrangement(ArrangementType.EXISTING_CHANNEL)
                .partner(Partner.builder()
                        .name("株式会社ひかりデータセンター")
                        .sector(Sector.DATA_CENTRE)
                        .securityDivisionChannel(true)
                        .outsourcing(OutsourcingStatus.NOT_OUTSOURCED)
                        .build())
                .status(AgreementStatus.IN_FORCE)
                // Not concluded: the channel the business has with the security division since April.
                .existingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2024, 4, 1)))
                .build();
        return List.of(bank, exchange, dataCentre);
    }
}
