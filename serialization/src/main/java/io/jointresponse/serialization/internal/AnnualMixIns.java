package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Wire mix-ins of {@code io.jointresponse.core.annual}. The national figures of a compilation are
 * computed from its reports, so they are never written.
 */
final class AnnualMixIns {

    private AnnualMixIns() {}

    static void register(MixInRegistry r) {
        r.add(AnnualReport.class, AnnualReportMixIn.class, AnnualReport.Builder.class, AnnualReportBuilderMixIn.class);
        r.add(NationalCompilation.class, NationalCompilationMixIn.class,
                NationalCompilation.Builder.class, NationalCompilationBuilderMixIn.class);
    }

    @JsonDeserialize(builder = AnnualReport.Builder.class)
    abstract static class AnnualReportMixIn {
        @JsonProperty("prefecture") abstract Prefecture prefecture();
        @JsonProperty("year") abstract int year();
        @JsonProperty("asOf") abstract LocalDate asOf();
        @JsonProperty("inForceBySector") abstract Map<Sector, Integer> inForceBySector();
        @JsonProperty("inForceTotal") abstract int inForceTotal();
        @JsonProperty("previousYearTotal") abstract int previousYearTotal();
        @JsonProperty("concludedDuringYear") abstract int concludedDuringYear();
        @JsonProperty("terminatedDuringYear") abstract int terminatedDuringYear();
        @JsonProperty("existingChannelArrangements") abstract int existingChannelArrangements();
        @JsonProperty("vendorCounterpartPartners") abstract int vendorCounterpartPartners();
    }

    @WireBuilder
    abstract static class AnnualReportBuilderMixIn {
        @JsonProperty("prefecture") abstract Object prefecture(Prefecture value);
        @JsonProperty("year") abstract Object year(int value);
        @JsonProperty("asOf") abstract Object asOf(LocalDate value);
        @JsonProperty("inForceBySector") abstract Object inForceBySector(Map<Sector, ? extends Integer> value);
        @JsonProperty("inForceTotal") abstract Object inForceTotal(int value);
        @JsonProperty("previousYearTotal") abstract Object previousYearTotal(int value);
        @JsonProperty("concludedDuringYear") abstract Object concludedDuringYear(int value);
        @JsonProperty("terminatedDuringYear") abstract Object terminatedDuringYear(int value);
        @JsonProperty("existingChannelArrangements") abstract Object existingChannelArrangements(int value);
        @JsonProperty("vendorCounterpartPartners") abstract Object vendorCounterpartPartners(int value);
    }

    @JsonDeserialize(builder = NationalCompilation.Builder.class)
    abstract static class NationalCompilationMixIn {
        @JsonProperty("year") abstract int year();
        @JsonProperty("reports") abstract List<AnnualReport> reports();
    }

    @WireBuilder
    abstract static class NationalCompilationBuilderMixIn {
        @JsonProperty("year") abstract Object year(int value);
        @JsonProperty("reports") abstract Object reports(Iterable<? extends AnnualReport> value);
    }
}
