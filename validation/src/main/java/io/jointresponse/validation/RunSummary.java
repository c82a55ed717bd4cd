package io.jointresponse.validation;

import io.jointresponse.core.finding.Finding;
import java.util.List;

/**
 * Running counts over the documents of one run, and the exit code they give: the summary that
 * {@code jointresponse validate} prints, and that {@link ReportJson} writes as {@code summary}.
 * Mutable and not thread-safe: one per run.
 */
public final class RunSummary {

    /** The exit code when every document is valid (warnings allowed). */
    public static final int VALID = 0;
    /** The exit code when some readable document has an ERROR finding. */
    public static final int INVALID = 1;
    /** The exit code when some input could not be read as a document at all; it wins over {@link #INVALID}. */
    public static final int UNREADABLE = 2;

    private long documents;
    private long valid;
    private long invalid;
    private long unreadable;
    private long errors;
    private long warnings;
    private long notFullyChecked;

    /** Starts a run with no document. */
    public RunSummary() {}

    /**
     * Counts one document.
     *
     * @param findings its findings, not null
     * @param isUnreadable whether it could not be read as a document at all
     * @return true when it counts as valid: readable and without an ERROR finding
     */
    public boolean add(List<Finding> findings, boolean isUnreadable) {
        return add(findings, false, isUnreadable);
    }

    /**
     * Counts one document.
     *
     * @param findings its findings, not null
     * @param someNotChecked whether rules that apply to it were not checked for want of records
     * @param isUnreadable whether it could not be read as a document at all
     * @return true when it counts as valid: readable and without an ERROR finding
     */
    public boolean add(List<Finding> findings, boolean someNotChecked, boolean isUnreadable) {
        if (someNotChecked) {
            notFullyChecked++;
        }
        long errorCount = findings.stream().filter(Finding::isError).count();
        boolean isValid = !isUnreadable && errorCount == 0;
        documents++;
        if (isUnreadable) {
            unreadable++;
        } else if (isValid) {
            valid++;
        } else {
            invalid++;
        }
        errors += errorCount;
        warnings += findings.size() - errorCount;
        return isValid;
    }

    /** @return the exit code: unreadable input wins over invalid documents, which win over valid ones */
    public int exitCode() {
        if (unreadable > 0) {
            return UNREADABLE;
        }
        return invalid > 0 ? INVALID : VALID;
    }

    /** @return documents seen */
    public long documents() {
        return documents;
    }

    /** @return documents without an ERROR finding */
    public long valid() {
        return valid;
    }

    /** @return readable documents with an ERROR finding */
    public long invalid() {
        return invalid;
    }

    /** @return inputs that could not be read as a document */
    public long unreadable() {
        return unreadable;
    }

    /** @return ERROR findings in all */
    public long errors() {
        return errors;
    }

    /** @return WARNING findings in all */
    public long warnings() {
        return warnings;
    }

    /** @return documents with rules that apply but were not checked for want of records */
    public long notFullyChecked() {
        return notFullyChecked;
    }
}
