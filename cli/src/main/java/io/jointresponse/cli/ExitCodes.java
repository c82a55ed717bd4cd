package io.jointresponse.cli;

import io.jointresponse.validation.RunSummary;

/**
 * The exit codes of the {@code jointresponse} command. Scripts rely on them, so they never change
 * meaning. When several apply, the highest wins.
 */
public final class ExitCodes {

    /** Every document is valid; warnings are allowed. */
    public static final int VALID = RunSummary.VALID;
    /** Some document has an ERROR finding. */
    public static final int INVALID = RunSummary.INVALID;
    /** Some input could not be read as a document at all: I/O, JSON syntax or a size limit. */
    public static final int UNREADABLE = RunSummary.UNREADABLE;
    /** The command line itself is wrong (sysexits EX_USAGE). */
    public static final int USAGE = 64;
    /**
     * An unexpected failure inside the command (sysexits EX_SOFTWARE): a bug; or the thread running
     * the command was interrupted, which the message says.
     */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
