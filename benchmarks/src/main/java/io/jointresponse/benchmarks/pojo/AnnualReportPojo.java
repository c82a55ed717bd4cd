package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.EnumMap;

/** An annual report as a plain mutable bean: the same JSON properties as the wire format. */
@JsonPropertyOrder(value = {"schemaVersion", "kind"}, alphabetic = true)
public class AnnualReportPojo {
    private String schemaVersion;
    private String kind;
    private Prefecture prefecture;
    private int year;
    private LocalDate asOf;
    private EnumMap<Sector, Integer> inForceBySector;
    private int inForceTotal;
    private int previousYearTotal;
    private int concludedDuringYear;
    private int terminatedDuringYear;
    private int existingChannelArrangements;
    private int vendorCounterpartPartners;

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

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public EnumMap<Sector, Integer> getInForceBySector() {
        return inForceBySector;
    }

    public void setInForceBySector(EnumMap<Sector, Integer> inForceBySector) {
        this.inForceBySector = inForceBySector;
    }

    public int getInForceTotal() {
        return inForceTotal;
    }

    public void setInForceTotal(int inForceTotal) {
        this.inForceTotal = inForceTotal;
    }

    public int getPreviousYearTotal() {
        return previousYearTotal;
    }

    public void setPreviousYearTotal(int previousYearTotal) {
        this.previousYearTotal = previousYearTotal;
    }

    public int getConcludedDuringYear() {
        return concludedDuringYear;
    }

    public void setConcludedDuringYear(int concludedDuringYear) {
        this.concludedDuringYear = concludedDuringYear;
    }

    public int getTerminatedDuringYear() {
        return terminatedDuringYear;
    }

    public void setTerminatedDuringYear(int terminatedDuringYear) {
        this.terminatedDuringYear = terminatedDuringYear;
    }

    public int getExistingChannelArrangements() {
        return existingChannelArrangements;
    }

    public void setExistingChannelArrangements(int existingChannelArrangements) {
        this.existingChannelArrangements = existingChannelArrangements;
    }

    public int getVendorCounterpartPartners() {
        return vendorCounterpartPartners;
    }

    public void setVendorCounterpartPartners(int vendorCounterpartPartners) {
        this.vendorCounterpartPartners = vendorCounterpartPartners;
    }
}
