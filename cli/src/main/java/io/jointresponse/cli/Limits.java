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

    private Limits() {}
}
