package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.agreement.ConditionKind;

/** A condition the parties to an agreement agreed, as a plain mutable bean. */
@JsonPropertyOrder(alphabetic = true)
public class AgreedConditionPojo {
    private ConditionKind kind;
    private String description;

    /** Creates an empty instance for Jackson to fill. */
    public AgreedConditionPojo() {}

    public ConditionKind getKind() {
        return kind;
    }

    public void setKind(ConditionKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
