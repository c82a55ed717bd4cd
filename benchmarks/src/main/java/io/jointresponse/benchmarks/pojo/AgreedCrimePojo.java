package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.crime.CrimeType;
import java.util.List;

/** An agreed reportable crime as a plain mutable bean. */
@JsonPropertyOrder(alphabetic = true)
public class AgreedCrimePojo {
    private CrimeType type;
    private String description;
    private List<String> reportItems;

    /** Creates an empty instance for Jackson to fill. */
    public AgreedCrimePojo() {}

    public CrimeType getType() {
        return type;
    }

    public void setType(CrimeType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getReportItems() {
        return reportItems;
    }

    public void setReportItems(List<String> reportItems) {
        this.reportItems = reportItems;
    }
}
