package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.organisation.Prefecture;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The rules of annual reports and the national compilation (notice 217, §8). A compilation's reports
 * are each validated as annual reports too, their findings under {@code /reports/i}.
 */
final class AnnualRules {

    private AnnualRules() {}

    /** The counts of a report besides those by sector, by JSON property name, in report order. */
    private static final Map<String, ToIntFunction<AnnualReport>> COUNTS = Map.of(
            "inForceTotal", AnnualReport::inForceTotal,
            "previousYearTotal", AnnualReport::previousYearTotal,
            "concludedDuringYear", AnnualReport::concludedDuringYear,
            "terminatedDuringYear", AnnualReport::terminatedDuringYear,
            "existingChannelArrangements", AnnualReport::existingChannelArrangements,
            "vendorCounterpartPartners", AnnualReport::vendorCounterpartPartners);

    private static final List<String> COUNT_ORDER = List.of("inForceTotal", "previousYearTotal", "concludedDuringYear",
            "terminatedDuringYear", "existingChannelArrangements", "vendorCounterpartPartners");

    /**
     * ANR-001: every count is non-negative; the counts by sector sum to the total in force; last
     * year's total plus those concluded minus those terminated is this year's total.
     */
    static final Rule<AnnualReport> ANR_001 = Rule.of("ANR-001", ERROR, "A §8", AnnualReport.class, (r, ctx, sink) -> {
        r.inForceBySector().forEach((sector, n) -> {
            if (n < 0) {
                sink.report("negative", JsonPointer.of("inForceBySector", sector.name()));
            }
        });
        for (String name : COUNT_ORDER) {
            if (COUNTS.get(name).applyAsInt(r) < 0) {
                sink.report("negative", JsonPointer.of(name));
            }
        }
        long bySector = r.inForceBySector().values().stream().mapToLong(Integer::longValue).sum();
        if (bySector != r.inForceTotal()) {
            sink.report(JsonPointer.of("inForceTotal"));
        }
        long balance = (long) r.previousYearTotal() + r.concludedDuringYear() - r.terminatedDuringYear();
        if (balance != r.inForceTotal()) {
            sink.report("balance", JsonPointer.of("inForceTotal"));
        }
    }).variant("negative", ERROR).variant("balance", ERROR)
            .note("Also applied to each report of a national compilation, at /reports/i.");

    /**
     * ANR-002: a compilation has at most one report per prefectural police, and only reports of its
     * own year.
     */
    static final Rule<NationalCompilation> ANR_002 = Rule.of("ANR-002", ERROR, "A §8", NationalCompilation.class, (c, ctx, sink) -> {
        Set<Prefecture> seen = EnumSet.noneOf(Prefecture.class);
        List<AnnualReport> reports = c.reports();
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport r = reports.get(i);
            if (!seen.add(r.prefecture())) {
                sink.report(JsonPointer.of("reports").append(i).append("prefecture"));
            }
            if (r.year() != c.year()) {
                sink.report("year", JsonPointer.of("reports").append(i).append("year"));
            }
        }
    }).variant("year", ERROR)
            .note("A report of another year than the compilation's is reported too.");

    /**
     * ANR-003: when the context holds the agreement records, a report equals the one computed from
     * them ({@link AnnualReports#compute}); one finding per differing count.
     */
    static final Rule<AnnualReport> ANR_003 = Rule.of("ANR-003", ERROR, "A §8", AnnualReport.class, (r, ctx, sink) -> {
        Optional<List<Agreement>> records = ctx.agreementRecords();
        if (records.isEmpty() || r.year() <= Year.MIN_VALUE || r.year() >= Year.MAX_VALUE) {
            return;
        }
        AnnualReport expected = AnnualReports.compute(records.get(), r.prefecture(), r.year());
        for (Sector sector : Sector.values()) {
            int want = expected.inForceBySector().getOrDefault(sector, 0);
            int have = r.inForceBySector().getOrDefault(sector, 0);
            if (want != have) {
                sink.report(JsonPointer.of("inForceBySector", sector.name()));
            }
        }
        for (String name : COUNT_ORDER) {
            if (COUNTS.get(name).applyAsInt(expected) != COUNTS.get(name).applyAsInt(r)) {
                sink.report(JsonPointer.of(name));
            }
        }
    }).needs(Requirement.AGREEMENT_RECORDS)
            .note("Runs when the context holds the agreement records (ValidationContext.of), and is listed as not checked otherwise: compares with AnnualReports.compute, one finding per differing count; also for each report of a national compilation.");

    static List<Rule<?>> all() {
        return List.of(ANR_001, ANR_002, ANR_003);
    }
}
