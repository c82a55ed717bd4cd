package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.agreement.VendorKind;

/** A security vendor as a plain mutable bean. */
@JsonPropertyOrder(alphabetic = true)
public class SecurityVendorPojo {
    private String name;
    private VendorKind kind;
    private boolean practicalCounterpart;

    /** Creates an empty instance for Jackson to fill. */
    public SecurityVendorPojo() {}

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public VendorKind getKind() {
        return kind;
    }

    public void setKind(VendorKind kind) {
        this.kind = kind;
    }

    public boolean isPracticalCounterpart() {
        return practicalCounterpart;
    }

    public void setPracticalCounterpart(boolean practicalCounterpart) {
        this.practicalCounterpart = practicalCounterpart;
    }
}
