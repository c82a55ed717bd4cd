package io.jointresponse.core.annual;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.internal.InForce;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Computes annual reports and national compilations from agreement records (notice 217, §8), in
 * one pass over the records, for a {@link ReportingInstruction}.
 *
 * <p>The notice leaves the items, timing and format of the report to a separate instruction. The
 * methods that take a year use the library's default ({@link ReportingInstruction#libraryDefault(int)}:
 * the calendar year, as of 31 December, every item), which is not the notice's and is marked as such
 * in every report they make; the methods that take an instruction follow it.
 *
 * <p>The counts come from the records' dates, not their recorded status: a record is in force at the
 * end of a day when it started on or before it (an agreement by its conclusion, an existing-channel
 * arrangement by the establishment of its channel) and did not end on or before it. An agreement
 * terminated before it was concluded (which rule AGR-005 reports) counts as terminated on its
 * conclusion day, so that the agreements in force when the period began, plus those concluded, minus
 * those terminated, always equal those in force on the count day (when the count day falls in the
 * period). Existing-channel arrangements are counted apart and never as agreements.
 */
public final class AnnualReports {

    private AnnualReports() {}

    /**
     * Computes one prefectural police's report for a calendar year with the library's default
     * instruction (not the notice's: see {@link ReportingInstruction#libraryDefault(int)}).
     *
     * @param agreements the agreement records, of any prefecture (others are skipped), not null
     * @param prefecture the reporting prefectural police, not null
     * @param year the calendar year, from 1 to 9999
     * @return the report, as of 31 December of the year
     * @throws IllegalArgumentException if the year is out of range
     */
    public static AnnualReport compute(Iterable<Agreement> agreements, Prefecture prefecture, int year) {
        return compute(agreements, prefecture, ReportingInstruction.libraryDefault(year));
    }

    /**
     * Computes one prefectural police's report as an instruction says.
     *
     * @param agreements the agreement records, of any prefecture (others are skipped), not null
     * @param prefecture the reporting prefectural police, not null
     * @param instruction the period, count day and items, not null
     * @return the report
     */
    public static AnnualReport compute(Iterable<Agreement> agreements, Prefecture prefecture, ReportingInstruction instruction) {
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(prefecture, "prefecture");
        Tally tally = new Tally(instruction);
        for (Agreement a : agreements) {
            if (a.prefecture() == prefecture) {
                tally.add(a);
            }
        }
        return tally.toReport(prefecture);
    }

    /**
     * Computes the national compilation for a calendar year with the library's default instruction.
     *
     * @param agreements the agreement records of all prefectures, not null
     * @param year the calendar year, from 1 to 9999
     * @return the compilation
     * @throws IllegalArgumentException if the year is out of range
     */
    public static NationalCompilation computeNational(Iterable<Agreement> agreements, int year) {
        return computeNational(agreements, ReportingInstruction.libraryDefault(year));
    }

    /**
     * Computes the national compilation as an instruction says: one report for every one of the 47
     * prefectural police, in code order, including those with no agreements.
     *
     * @param agreements the agreement records of all prefectures, not null
     * @param instruction the period, count day and items, not null
     * @return the compilation
     */
    public static NationalCompilation computeNational(Iterable<Agreement> agreements, ReportingInstruction instruction) {
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(instruction, "instruction");
        Prefecture[] prefectures = Prefecture.values();
        Tally[] tallies = new Tally[prefectures.length];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new Tally(instruction);
        }
        for (Agreement a : agreements) {
            tallies[a.prefecture().ordinal()].add(a);
        }
        NationalCompilation.Builder compilation = NationalCompilation.builder().period(instruction.period());
        for (int i = 0; i < tallies.length; i++) {
            compilation.addReports(tallies[i].toReport(prefectures[i]));
        }
        return compilation.build();
    }

    /**
     * Compiles reports made elsewhere into a national compilation, as given.
     *
     * @param period the period compiled, not null
     * @param reports the prefectural reports, not null
     * @return the compilation
     */
    public static NationalCompilation compile(ReportingPeriod period, Iterable<AnnualReport> reports) {
        return NationalCompilation.builder().period(period).addAllReports(reports).build();
    }

    /**
     * Running counts for one prefectural police and one instruction. {@link #add(Agreement)} runs
     * once per record: it reads each date once and allocates nothing.
     */
    private static final class Tally {
        private static final Sector[] SECTORS = Sector.values();

        private final ReportingInstruction instruction;
        private final LocalDate periodStart;
        /** The last day events are counted on: the period's end, or the count day if earlier. */
        private final LocalDate countedUntil;
        private final LocalDate countDay;
        private final LocalDate dayBeforeStart;
        private final int[] bySector = new int[SECTORS.length];
        private int total;
        private int atStart;
        private int concluded;
        private int terminated;
        private int existingChannels;
        private int vendorCounterparts;

        Tally(ReportingInstruction instruction) {
            this.instruction = Objects.requireNonNull(instruction, "instruction");
            this.periodStart = instruction.period().start();
            this.countDay = instruction.countDay();
            LocalDate end = instruction.period().end();
            this.countedUntil = countDay.isBefore(end) ? countDay : end;
            this.dayBeforeStart = periodStart.minusDays(1);
        }

        void add(Agreement a) {
            // Agreement.isInForceOn(day) from dates read once. Without a start date a record is never
            // in force and neither concluded nor terminated in any period.
            LocalDate startedOn = a.startedOn().orElse(null);
            if (startedOn == null) {
                return;
            }
            LocalDate terminatedOn = a.terminatedOn().orElse(null);
            boolean inForceOnCountDay = InForce.on(startedOn, terminatedOn, countDay);
            if (a.arrangement() == ArrangementType.EXISTING_CHANNEL) {
                if (inForceOnCountDay) {
                    existingChannels++;
                }
                return;
            }
            if (inForceOnCountDay) {
                total++;
                Partner partner = a.partner();
                bySector[partner.sector().ordinal()]++;
                if (partner.hasVendorCounterpart()) {
                    vendorCounterparts++;
                }
            }
            if (InForce.on(startedOn, terminatedOn, dayBeforeStart)) {
                atStart++;
            }
            if (counted(startedOn)) {
                concluded++;
            }
            if (terminatedOn != null) {
                LocalDate effectiveEnd = terminatedOn.isBefore(startedOn) ? startedOn : terminatedOn;
                if (counted(effectiveEnd)) {
                    terminated++;
                }
            }
        }

        private boolean counted(LocalDate day) {
            return !day.isBefore(periodStart) && !day.isAfter(countedUntil);
        }

        AnnualReport toReport(Prefecture prefecture) {
            Set<ReportItem> items = instruction.items();
            AnnualReport.Builder report = AnnualReport.builder()
                    .prefecture(prefecture)
                    .period(instruction.period())
                    .asOf(countDay)
                    .instruction(instruction.instruction());
            if (items.contains(ReportItem.IN_FORCE_BY_SECTOR)) {
                for (Sector s : SECTORS) {
                    report.putInForceBySector(s, bySector[s.ordinal()]);
                }
            }
            if (items.contains(ReportItem.IN_FORCE_TOTAL)) {
                report.inForceTotal(total);
            }
            if (items.contains(ReportItem.IN_FORCE_AT_PERIOD_START)) {
                report.inForceAtPeriodStart(atStart);
            }
            if (items.contains(ReportItem.CONCLUDED_IN_PERIOD)) {
                report.concludedInPeriod(concluded);
            }
            if (items.contains(ReportItem.TERMINATED_IN_PERIOD)) {
                report.terminatedInPeriod(terminated);
            }
            if (items.contains(ReportItem.EXISTING_CHANNELS)) {
                report.existingChannelArrangements(existingChannels);
            }
            if (items.contains(ReportItem.VENDOR_COUNTERPARTS)) {
                report.vendorCounterpartPartners(vendorCounterparts);
            }
            return report.build();
        }
    }
}
