package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;

/** A consent given before a record was made, as a plain mutable bean. */
@JsonPropertyOrder(alphabetic = true)
public class ConsentPojo {
    private OffsetDateTime givenAt;
    private String summary;

    /** Creates an empty instance for Jackson to fill. */
    public ConsentPojo() {}

    public OffsetDateTime getGivenAt() {
        return givenAt;
    }

    public void setGivenAt(OffsetDateTime givenAt) {
        this.givenAt = givenAt;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
