package io.jointresponse.core.annual;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
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
        Map<Prefecture, Tally> tallies = new EnumMap<>(Prefecture.class);
        for (Prefecture p : Prefecture.values()) {
            tallies.put(p, new Tally(year));
        }
        for (Agreement a : agreements) {
            tallies.get(a.prefecture()).add(a);
        }
        NationalCompilation.Builder compilation = NationalCompilation.builder().year(year);
        tallies.forEach((p, t) -> compilation.addReports(t.toReport(p)));
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

    /** Running counts for one prefectural police and one year. */
    private static final class Tally {
        private final int year;
        private final LocalDate yearStart;
        private final LocalDate yearEnd;
        private final LocalDate previousYearEnd;
        private final Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
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
            for (Sector s : Sector.values()) {
                bySector.put(s, 0);
            }
        }

        void add(Agreement a) {
            if (a.arrangement() == ArrangementType.EXISTING_CHANNEL) {
                if (a.isInForceOn(yearEnd)) {
                    existingChannels++;
                }
                return;
            }
            if (a.isInForceOn(yearEnd)) {
                total++;
                bySector.merge(a.partner().sector(), 1, Integer::sum);
                if (a.partner().hasVendorCounterpart()) {
                    vendorCounterparts++;
                }
            }
            if (a.isInForceOn(previousYearEnd)) {
                previousTotal++;
            }
            if (a.concludedOn().isEmpty()) {
                return;
            }
            LocalDate concludedOn = a.concludedOn().get();
            if (inYear(concludedOn)) {
                concluded++;
            }
            if (a.terminatedOn().isPresent()) {
                LocalDate effectiveEnd = a.terminatedOn().get().isBefore(concludedOn) ? concludedOn : a.terminatedOn().get();
                if (inYear(effectiveEnd)) {
                    terminated++;
                }
            }
        }

        private boolean inYear(LocalDate day) {
            return !day.isBefore(yearStart) && !day.isAfter(yearEnd);
        }

        AnnualReport toReport(Prefecture prefecture) {
            return AnnualReport.builder()
                    .prefecture(prefecture)
                    .year(year)
                    .asOf(yearEnd)
                    .putAllInForceBySector(bySector)
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
