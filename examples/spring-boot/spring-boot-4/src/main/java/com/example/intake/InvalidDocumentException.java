package com.example.intake;

import io.jointresponse.core.finding.Finding;
import java.util.List;

/** A document that is not accepted, with every finding of its one validation pass. */
class InvalidDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    InvalidDocumentException(List<Finding> findings) {
        // Rule ids and pointers only: where each problem is, never a value of the document.
        super("The document is not accepted: " + findings.stream().map(f -> f.ruleId() + " at " + f.pointer()).toList());
        this.findings = List.copyOf(findings);
    }

    List<Finding> findings() {
        return findings;
    }
}
