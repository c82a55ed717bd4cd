package io.jointresponse.cli.output;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.validation.NotChecked;
import io.jointresponse.validation.AppliedNotice;
import java.util.List;

/**
 * What validating one document gave.
 *
 * @param source the file, {@code <stdin>}, or {@code file:line} for a line of an NDJSON input
 * @param findings every finding, in the validator's order
 * @param notChecked the rules that apply but were not run for want of records, in id order
 * @param unreadable true when the input could not be read as a document at all (I/O, syntax, limits)
 * @param notices the notices whose rules were applied, empty when nothing was validated
 */
public record DocumentResult(String source, List<Finding> findings, List<NotChecked> notChecked, boolean unreadable,
        List<AppliedNotice> notices) {

    /**
     * Copies the lists so that the result cannot change later.
     *
     * @param source the file, {@code <stdin>}, or {@code file:line}, not null
     * @param findings every finding, not null
     * @param notChecked the rules not run for want of records, not null
     * @param unreadable true when the input could not be read as a document at all
     * @param notices the notices whose rules were applied, not null
     */
    public DocumentResult {
        findings = List.copyOf(findings);
        notChecked = List.copyOf(notChecked);
        notices = List.copyOf(notices);
    }

    /**
     * Makes the result of an input that was not validated, such as one that could not be read: no
     * rule was left unchecked and no notice applied.
     *
     * @param source the file, as above
     * @param findings every finding
     * @param unreadable true when the input could not be read as a document at all
     */
    public DocumentResult(String source, List<Finding> findings, boolean unreadable) {
        this(source, findings, List.of(), unreadable, List.of());
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
