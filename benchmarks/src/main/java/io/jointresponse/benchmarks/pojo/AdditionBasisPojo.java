package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.agreement.AdditionReason;
import java.time.LocalDate;

/** The basis for a partner outside the named sectors, as a plain mutable bean. */
@JsonPropertyOrder(alphabetic = true)
public class AdditionBasisPojo {
    private AdditionReason reason;
    private String description;
    private LocalDate decidedOn;

    /** Creates an empty instance for Jackson to fill. */
    public AdditionBasisPojo() {}

    public AdditionReason getReason() {
        return reason;
    }

    public void setReason(AdditionReason reason) {
        this.reason = reason;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
