package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.Instruction;
import io.jointresponse.core.annual.InstructionSource;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.annual.PeriodType;
import io.jointresponse.core.annual.ReportingPeriod;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wire mix-ins of {@code io.jointresponse.core.annual}. The national figures of a compilation are
 * computed from its reports, so they are never written; a report's counts are written when the
 * instruction it was made under asked for them.
 */
final class AnnualMixIns {

    private AnnualMixIns() {}

    static void register(MixInRegistry r) {
        r.add(AnnualReport.class, AnnualReportMixIn.class, AnnualReport.Builder.class, AnnualReportBuilderMixIn.class);
        r.add(NationalCompilation.class, NationalCompilationMixIn.class,
                NationalCompilation.Builder.class, NationalCompilationBuilderMixIn.class);
        r.add(ReportingPeriod.class, ReportingPeriodMixIn.class, ReportingPeriod.Builder.class, ReportingPeriodBuilderMixIn.class);
        r.add(Instruction.class, InstructionMixIn.class, Instruction.Builder.class, InstructionBuilderMixIn.class);
    }

    abstract static class AnnualReportMixIn {
        @JsonProperty("prefecture") abstract Prefecture prefecture();
        @JsonProperty("period") abstract ReportingPeriod period();
        @JsonProperty("asOf") abstract LocalDate asOf();
        @JsonProperty("instruction") abstract Instruction instruction();
        @JsonProperty("inForceBySector") abstract Map<Sector, Integer> inForceBySector();
        @JsonProperty("inForceTotal") abstract Optional<Integer> inForceTotal();
        @JsonProperty("inForceAtPeriodStart") abstract Optional<Integer> inForceAtPeriodStart();
        @JsonProperty("concludedInPeriod") abstract Optional<Integer> concludedInPeriod();
        @JsonProperty("terminatedInPeriod") abstract Optional<Integer> terminatedInPeriod();
        @JsonProperty("existingChannelArrangements") abstract Optional<Integer> existingChannelArrangements();
        @JsonProperty("vendorCounterpartPartners") abstract Optional<Integer> vendorCounterpartPartners();
    }

    abstract static class AnnualReportBuilderMixIn {
        @JsonProperty("prefecture") abstract Object prefecture(Prefecture value);
        @JsonProperty("period") abstract Object period(ReportingPeriod value);
        @JsonProperty("asOf") abstract Object asOf(LocalDate value);
        @JsonProperty("instruction") abstract Object instruction(Instruction value);
        @JsonProperty("inForceBySector") abstract Object inForceBySector(Map<Sector, ? extends Integer> value);
        @JsonProperty("inForceTotal") abstract Object inForceTotal(Optional<Integer> value);
        @JsonProperty("inForceAtPeriodStart") abstract Object inForceAtPeriodStart(Optional<Integer> value);
        @JsonProperty("concludedInPeriod") abstract Object concludedInPeriod(Optional<Integer> value);
        @JsonProperty("terminatedInPeriod") abstract Object terminatedInPeriod(Optional<Integer> value);
        @JsonProperty("existingChannelArrangements") abstract Object existingChannelArrangements(Optional<Integer> value);
        @JsonProperty("vendorCounterpartPartners") abstract Object vendorCounterpartPartners(Optional<Integer> value);
    }

    abstract static class NationalCompilationMixIn {
        @JsonProperty("period") abstract ReportingPeriod period();
        @JsonProperty("reports") abstract List<AnnualReport> reports();
    }

    abstract static class NationalCompilationBuilderMixIn {
        @JsonProperty("period") abstract Object period(ReportingPeriod value);
        @JsonProperty("reports") abstract Object reports(Iterable<? extends AnnualReport> value);
    }

    abstract static class ReportingPeriodMixIn {
        @JsonProperty("type") abstract PeriodType type();
        @JsonProperty("start") abstract LocalDate start();
        @JsonProperty("end") abstract LocalDate end();
    }

    abstract static class ReportingPeriodBuilderMixIn {
        @JsonProperty("type") abstract Object type(PeriodType value);
        @JsonProperty("start") abstract Object start(LocalDate value);
        @JsonProperty("end") abstract Object end(LocalDate value);
    }

    abstract static class InstructionMixIn {
        @JsonProperty("source") abstract InstructionSource source();
        @JsonProperty("reference") abstract Optional<String> reference();
    }

    abstract static class InstructionBuilderMixIn {
        @JsonProperty("source") abstract Object source(InstructionSource value);
        @JsonProperty("reference") abstract Object reference(Optional<String> value);
    }
}
