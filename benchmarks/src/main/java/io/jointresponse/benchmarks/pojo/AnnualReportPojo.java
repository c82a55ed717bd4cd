package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.InstructionSource;
import io.jointresponse.core.annual.PeriodType;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.EnumMap;

/** An annual report as a plain mutable bean: the same JSON properties as the wire format; counts not asked for are null. */
@JsonPropertyOrder(value = {"schemaVersion", "kind"}, alphabetic = true)
public class AnnualReportPojo {
    private String schemaVersion;
    private String kind;
    private Prefecture prefecture;
    private PeriodPojo period;
    private LocalDate asOf;
    private InstructionPojo instruction;
    private EnumMap<Sector, Integer> inForceBySector;
    private Integer inForceTotal;
    private Integer inForceAtPeriodStart;
    private Integer concludedInPeriod;
    private Integer terminatedInPeriod;
    private Integer existingChannelArrangements;
    private Integer vendorCounterpartPartners;

    /** Creates an empty instance for Jackson to fill. */
    public AnnualReportPojo() {}

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public void setSchemaVersion(String schemaVersion) {
        this.schemaVersion = schemaVersion;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(Prefecture prefecture) {
        this.prefecture = prefecture;
    }

    public PeriodPojo getPeriod() {
        return period;
    }

    public void setPeriod(PeriodPojo period) {
        this.period = period;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public InstructionPojo getInstruction() {
        return instruction;
    }

    public void setInstruction(InstructionPojo instruction) {
        this.instruction = instruction;
    }

    public EnumMap<Sector, Integer> getInForceBySector() {
        return inForceBySector;
    }

    public void setInForceBySector(EnumMap<Sector, Integer> inForceBySector) {
        this.inForceBySector = inForceBySector;
    }

    public Integer getInForceTotal() {
        return inForceTotal;
    }

    public void setInForceTotal(Integer inForceTotal) {
        this.inForceTotal = inForceTotal;
    }

    public Integer getInForceAtPeriodStart() {
        return inForceAtPeriodStart;
    }

    public void setInForceAtPeriodStart(Integer inForceAtPeriodStart) {
        this.inForceAtPeriodStart = inForceAtPeriodStart;
    }

    public Integer getConcludedInPeriod() {
        return concludedInPeriod;
    }

    public void setConcludedInPeriod(Integer concludedInPeriod) {
        this.concludedInPeriod = concludedInPeriod;
    }

    public Integer getTerminatedInPeriod() {
        return terminatedInPeriod;
    }

    public void setTerminatedInPeriod(Integer terminatedInPeriod) {
        this.terminatedInPeriod = terminatedInPeriod;
    }

    public Integer getExistingChannelArrangements() {
        return existingChannelArrangements;
    }

    public void setExistingChannelArrangements(Integer existingChannelArrangements) {
        this.existingChannelArrangements = existingChannelArrangements;
    }

    public Integer getVendorCounterpartPartners() {
        return vendorCounterpartPartners;
    }

    public void setVendorCounterpartPartners(Integer vendorCounterpartPartners) {
        this.vendorCounterpartPartners = vendorCounterpartPartners;
    }

    /** The period reported on. */
    @JsonPropertyOrder(alphabetic = true)
    public static class PeriodPojo {
        private PeriodType type;
        private LocalDate start;
        private LocalDate end;

        /** Creates an empty instance for Jackson to fill. */
        public PeriodPojo() {}

        public PeriodType getType() {
            return type;
        }

        public void setType(PeriodType type) {
            this.type = type;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getEnd() {
            return end;
        }

        public void setEnd(LocalDate end) {
            this.end = end;
        }
    }

    /** The instruction the report was made under. */
    @JsonPropertyOrder(alphabetic = true)
    public static class InstructionPojo {
        private InstructionSource source;
        private String reference;

        /** Creates an empty instance for Jackson to fill. */
        public InstructionPojo() {}

        public InstructionSource getSource() {
            return source;
        }

        public void setSource(InstructionSource source) {
            this.source = source;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }
    }
}
