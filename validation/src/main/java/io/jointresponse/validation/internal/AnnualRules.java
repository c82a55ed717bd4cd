package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.annual.ReportingInstruction;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.organisation.Prefecture;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of annual reports and the national compilation (notice 217, §8). A compilation's reports
 * are each validated as annual reports too, their findings under {@code /reports/i}.
 */
final class AnnualRules {

    private AnnualRules() {}

    /** The counts of a report besides those by sector, by JSON property name, in report order. */
    private static final Map<String, Function<AnnualReport, Optional<Integer>>> COUNTS = Map.of(
            "inForceTotal", AnnualReport::inForceTotal,
            "inForceAtPeriodStart", AnnualReport::inForceAtPeriodStart,
            "concludedInPeriod", AnnualReport::concludedInPeriod,
            "terminatedInPeriod", AnnualReport::terminatedInPeriod,
            "existingChannelArrangements", AnnualReport::existingChannelArrangements,
            "vendorCounterpartPartners", AnnualReport::vendorCounterpartPartners);

    private static final List<String> COUNT_ORDER = List.of("inForceTotal", "inForceAtPeriodStart", "concludedInPeriod",
            "terminatedInPeriod", "existingChannelArrangements", "vendorCounterpartPartners");

    /**
     * ANR-001: the report agrees with itself. Every count is non-negative; the counts by sector sum
     * to the total in force; the agreements in force when the period began, plus those concluded,
     * minus those terminated, are those in force on the count day; the period's dates are those of
     * its type; the count day is not before the period began.
     */
    static final Rule<AnnualReport> ANR_001 = Rule.of("ANR-001", ERROR, "A §8", AnnualReport.class, (r, ctx, sink) -> {
        r.inForceBySector().forEach((sector, n) -> {
            if (n < 0) {
                sink.report("negative", JsonPointer.of("inForceBySector", sector.name()));
            }
        });
        for (String name : COUNT_ORDER) {
            if (COUNTS.get(name).apply(r).orElse(0) < 0) {
                sink.report("negative", JsonPointer.of(name));
            }
        }
        if (!r.inForceBySector().isEmpty() && r.inForceTotal().isPresent()) {
            long bySector = r.inForceBySector().values().stream().mapToLong(Integer::longValue).sum();
            if (bySector != r.inForceTotal().get()) {
                sink.report(JsonPointer.of("inForceTotal"));
            }
        }
        // The balance holds only while the count day is within the period: after its end, the
        // agreements in force include those concluded after the period, which it does not count.
        boolean balanceApplies = r.period().contains(r.asOf());
        if (balanceApplies && r.inForceTotal().isPresent() && r.inForceAtPeriodStart().isPresent()
                && r.concludedInPeriod().isPresent() && r.terminatedInPeriod().isPresent()) {
            long balance = (long) r.inForceAtPeriodStart().get() + r.concludedInPeriod().get() - r.terminatedInPeriod().get();
            if (balance != r.inForceTotal().get()) {
                sink.report("balance", JsonPointer.of("inForceTotal"));
            }
        }
        if (!r.period().isConsistent()) {
            sink.report("period", JsonPointer.of("period"));
        }
        if (r.asOf().isBefore(r.period().start())) {
            sink.report("asOf", JsonPointer.of("asOf"));
        }
    }).variant("negative", ERROR).variant("balance", ERROR).variant("period", ERROR).variant("asOf", ERROR)
            .recordIntegrity()
            .note("Counts the instruction did not ask for are absent and not checked. The balance (in force when the period began + concluded − terminated = in force on the count day) is checked when all four counts are present and the count day falls within the period. Also applied to each report of a national compilation, at /reports/i.");

    /**
     * ANR-002: a compilation has at most one report per prefectural police, and only reports of its
     * own period.
     */
    static final Rule<NationalCompilation> ANR_002 = Rule.of("ANR-002", ERROR, "A §8", NationalCompilation.class, (c, ctx, sink) -> {
        Set<Prefecture> seen = EnumSet.noneOf(Prefecture.class);
        List<AnnualReport> reports = c.reports();
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport r = reports.get(i);
            if (!seen.add(r.prefecture())) {
                sink.report(JsonPointer.of("reports").append(i).append("prefecture"));
            }
            if (!r.period().start().equals(c.period().start()) || !r.period().end().equals(c.period().end())) {
                sink.report("period", JsonPointer.of("reports").append(i).append("period"));
            }
        }
    }).variant("period", ERROR)
            .recordIntegrity()
            .note("A report of another period than the compilation's (other first or last day) is reported too.");

    /**
     * ANR-003: when the context holds the agreement records, a report equals the one computed from
     * them for its own period, count day and items ({@link AnnualReports#compute}); one finding per
     * differing count.
     */
    static final Rule<AnnualReport> ANR_003 = Rule.of("ANR-003", ERROR, "A §8", AnnualReport.class, (r, ctx, sink) -> {
        Optional<List<Agreement>> records = ctx.agreementRecords();
        if (records.isEmpty()) {
            return;
        }
        ReportingInstruction instruction = ReportingInstruction.builder()
                .period(r.period())
                .countDay(r.asOf())
                .items(r.items())
                .instruction(r.instruction())
                .build();
        AnnualReport expected = AnnualReports.compute(records.get(), r.prefecture(), instruction);
        if (!r.inForceBySector().isEmpty()) {
            for (Sector sector : Sector.values()) {
                int want = expected.inForceBySector().getOrDefault(sector, 0);
                int have = r.inForceBySector().getOrDefault(sector, 0);
                if (want != have) {
                    sink.report(JsonPointer.of("inForceBySector", sector.name()));
                }
            }
        }
        for (String name : COUNT_ORDER) {
            Optional<Integer> have = COUNTS.get(name).apply(r);
            if (have.isPresent() && !have.equals(COUNTS.get(name).apply(expected))) {
                sink.report(JsonPointer.of(name));
            }
        }
    }).needs(Requirement.AGREEMENT_RECORDS)
            .note("Runs when the context holds the agreement records (ValidationContext.of), and is listed as not checked otherwise: compares with AnnualReports.compute for the report's own period, count day (asOf) and items (the counts present), one finding per differing count; also for each report of a national compilation. The notice leaves the items, timing and format of the report to a separate instruction (報告事項、報告時期、報告様式については別途指示する): the report says which instruction it follows, and the rule checks it against that, never against a fixed calendar year.")
            .quote("都道府県警察にあっては、毎年、都道府県警察における共同対処協定の締結状況を報告すること。");

    static List<Rule<?>> all() {
        return List.of(ANR_001, ANR_002, ANR_003);
    }
}
