package io.jointresponse.cli.output;

import io.jointresponse.core.finding.Finding;
import java.util.List;

/**
 * What validating one document gave.
 *
 * @param source the file, {@code <stdin>}, or {@code file:line} for a line of an NDJSON input
 * @param findings every finding, in the validator's order
 * @param unreadable true when the input could not be read as a document at all (I/O, syntax, limits)
 */
public record DocumentResult(String source, List<Finding> findings, boolean unreadable) {

    /**
     * Copies the findings so that the result cannot change later.
     *
     * @param source the file, {@code <stdin>}, or {@code file:line}, not null
     * @param findings every finding, not null
     * @param unreadable true when the input could not be read as a document at all
     */
    public DocumentResult {
        findings = List.copyOf(findings);
    }

    /** @return true when readable and without an ERROR finding */
    public boolean valid() {
        return !unreadable && findings.stream().noneMatch(Finding::isError);
    }

    /** @return the number of ERROR findings */
    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    /** @return the number of WARNING findings */
    public long warnings() {
        return findings.size() - errors();
    }
}
