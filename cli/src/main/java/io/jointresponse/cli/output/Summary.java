package io.jointresponse.cli.output;

import io.jointresponse.cli.ExitCodes;

/**
 * Running counts over every document of one run, and the exit code they give.
 */
public final class Summary {

    private long documents;
    private long valid;
    private long invalid;
    private long unreadable;
    private long errors;
    private long warnings;
    private long notFullyChecked;

    /**
     * Counts one document.
     *
     * @param result what validating it gave, not null
     */
    public void add(DocumentResult result) {
        documents++;
        if (result.unreadable()) {
            unreadable++;
        } else if (result.valid()) {
            valid++;
        } else {
            invalid++;
        }
        errors += result.errors();
        warnings += result.warnings();
        if (!result.notChecked().isEmpty()) {
            notFullyChecked++;
        }
    }

    /** @return the exit code: unreadable input wins over invalid documents, which win over valid ones */
    public int exitCode() {
        if (unreadable > 0) {
            return ExitCodes.UNREADABLE;
        }
        return invalid > 0 ? ExitCodes.INVALID : ExitCodes.VALID;
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
