package io.jointresponse.core.annual;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.internal.InForce;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes annual reports and national compilations from agreement records (notice 217, §8), in
 * one pass over the records.
 *
 * <p>The counts come from the records' dates, not their recorded status: an agreement is in force
 * on a day when it was concluded on or before it and not terminated on or before it. An agreement
 * terminated before it was concluded (which rule AGR-005 reports) counts as terminated on its
 * conclusion day, so that last year's total plus those concluded minus those terminated always
 * equals this year's total. Existing-channel arrangements are counted apart and never as
 * agreements.
 */
public final class AnnualReports {

    private AnnualReports() {}

    /**
     * Computes one prefectural police's report for a calendar year.
     *
     * @param agreements the agreement records, of any prefecture (others are skipped), not null
     * @param prefecture the reporting prefectural police, not null
     * @param year the calendar year
     * @return the report, as of 31 December of the year
     */
    public static AnnualReport compute(Iterable<Agreement> agreements, Prefecture prefecture, int year) {
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(prefecture, "prefecture");
        Tally tally = new Tally(year);
        for (Agreement a : agreements) {
            if (a.prefecture() == prefecture) {
                tally.add(a);
            }
        }
        return tally.toReport(prefecture);
    }

    /**
     * Computes the national compilation for a calendar year: one report for every one of the 47
     * prefectural police, in code order, including those with no agreements.
     *
     * @param agreements the agreement records of all prefectures, not null
     * @param year the calendar year
     * @return the compilation
     */
    public static NationalCompilation computeNational(Iterable<Agreement> agreements, int year) {
        Objects.requireNonNull(agreements, "agreements");
        Prefecture[] prefectures = Prefecture.values();
        Tally[] tallies = new Tally[prefectures.length];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new Tally(year);
        }
        for (Agreement a : agreements) {
            tallies[a.prefecture().ordinal()].add(a);
        }
        NationalCompilation.Builder compilation = NationalCompilation.builder().year(year);
        for (int i = 0; i < tallies.length; i++) {
            compilation.addReports(tallies[i].toReport(prefectures[i]));
        }
        return compilation.build();
    }

    /**
     * Compiles reports made elsewhere into a national compilation, as given.
     *
     * @param year the calendar year, not null
     * @param reports the prefectural reports, not null
     * @return the compilation
     */
    public static NationalCompilation compile(int year, Iterable<AnnualReport> reports) {
        return NationalCompilation.builder().year(year).addAllReports(reports).build();
    }

    /**
     * Running counts for one prefectural police and one year. {@link #add(Agreement)} runs once per
     * record: it reads each date once and allocates nothing.
     */
    private static final class Tally {
        private static final Sector[] SECTORS = Sector.values();

        private final int year;
        private final LocalDate yearStart;
        private final LocalDate yearEnd;
        private final LocalDate previousYearEnd;
        private final int[] bySector = new int[SECTORS.length];
        private int total;
        private int previousTotal;
        private int concluded;
        private int terminated;
        private int existingChannels;
        private int vendorCounterparts;

        Tally(int year) {
            this.year = year;
            this.yearStart = LocalDate.of(year, 1, 1);
            this.yearEnd = LocalDate.of(year, 12, 31);
            this.previousYearEnd = yearStart.minusDays(1);
        }

        void add(Agreement a) {
            // Agreement.isInForceOn(day) from dates read once. Without a conclusion date an agreement
            // is never in force and neither concluded nor terminated in any year.
            LocalDate concludedOn = a.concludedOn().orElse(null);
            if (concludedOn == null) {
                return;
            }
            LocalDate terminatedOn = a.terminatedOn().orElse(null);
            boolean inForceAtYearEnd = InForce.on(concludedOn, terminatedOn, yearEnd);
            if (a.arrangement() == ArrangementType.EXISTING_CHANNEL) {
                if (inForceAtYearEnd) {
                    existingChannels++;
                }
                return;
            }
            if (inForceAtYearEnd) {
                total++;
                Partner partner = a.partner();
                bySector[partner.sector().ordinal()]++;
                if (partner.hasVendorCounterpart()) {
                    vendorCounterparts++;
                }
            }
            if (InForce.on(concludedOn, terminatedOn, previousYearEnd)) {
                previousTotal++;
            }
            if (inYear(concludedOn)) {
                concluded++;
            }
            if (terminatedOn != null) {
                LocalDate effectiveEnd = terminatedOn.isBefore(concludedOn) ? concludedOn : terminatedOn;
                if (inYear(effectiveEnd)) {
                    terminated++;
                }
            }
        }

        private boolean inYear(LocalDate day) {
            return !day.isBefore(yearStart) && !day.isAfter(yearEnd);
        }

        AnnualReport toReport(Prefecture prefecture) {
            AnnualReport.Builder report = AnnualReport.builder();
            for (Sector s : SECTORS) {
                report.putInForceBySector(s, bySector[s.ordinal()]);
            }
            return report
                    .prefecture(prefecture)
                    .year(year)
                    .asOf(yearEnd)
                    .inForceTotal(total)
                    .previousYearTotal(previousTotal)
                    .concludedDuringYear(concluded)
                    .terminatedDuringYear(terminated)
                    .existingChannelArrangements(existingChannels)
                    .vendorCounterpartPartners(vendorCounterparts)
                    .build();
        }
    }
}
