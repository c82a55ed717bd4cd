package io.jointresponse.cli;

/**
 * The command's input limits.
 */
final class Limits {

    /**
     * The largest document read, in bytes: a file or NDJSON line beyond it is reported as a
     * {@code JSON-LIMIT} finding without being read into memory.
     */
    static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

    /**
     * How many tasks (a file, or a batch of NDJSON lines) may be pending per validating thread: enough
     * that a thread finding its next task ready is the rule while the first in line is still being
     * validated, few enough that the results waiting for their turn take little memory.
     */
    static final int PENDING_PER_THREAD = 4;

    /**
     * The most NDJSON lines validated by one task. Handing a single line to another thread costs
     * about as much as validating it (a wake-up of the thread and of the one waiting for its result),
     * so lines go in batches.
     */
    static final int BATCH_LINES = 64;

    /** The bytes of NDJSON lines past which a batch is handed on however few lines it holds. */
    static final int BATCH_BYTES = 256 * 1024;

    private Limits() {}

    /**
     * Returns how many tasks may be pending at once when validating on some threads; the bytes they
     * hold are bounded apart from this, by {@link #MAX_DOCUMENT_BYTES}.
     *
     * @param threads the validating threads, 1 or more
     * @return the number, at least {@code threads}
     */
    static int pendingTasks(int threads) {
        return (int) Math.min(Integer.MAX_VALUE, (long) PENDING_PER_THREAD * threads);
    }
}
