package io.jointresponse.cli;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.WireRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Findings about reading an input itself, before it is a document: I/O failures and size limits.
 */
final class Inputs {

    /** The rule id of an input that could not be read at all. */
    static final String IO_RULE = "INPUT-IO";
    /** The clause such findings name. */
    static final String INPUT_CLAUSE = "input";

    private Inputs() {}

    /**
     * Describes an I/O failure without its message, which may quote a path or the input itself.
     *
     * @param e the failure
     * @return an ERROR finding at the root
     */
    static Finding ioFinding(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String what;
        if (cause instanceof NoSuchFileException) {
            what = "no such file";
        } else if (cause instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (cause instanceof FileSystemException) {
            what = "file system error (" + cause.getClass().getSimpleName() + ")";
        } else {
            what = cause.getClass().getSimpleName();
        }
        return Finding.of(IO_RULE, Severity.ERROR, JsonPointer.root(), "The input cannot be read: " + what + ".", INPUT_CLAUSE);
    }

    /**
     * Reads a whole document from a stream, but never more than a document may hold.
     *
     * @param in the stream, not null; not closed
     * @return the bytes, or null when the stream holds more than {@link Limits#MAX_DOCUMENT_BYTES}
     * @throws IOException if reading fails
     */
    static byte[] readDocument(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        return bytes.length > Limits.MAX_DOCUMENT_BYTES ? null : bytes;
    }

    /** @return the finding for an input larger than a document may be */
    static Finding tooLarge() {
        return Finding.of(WireRules.JSON_LIMIT, Severity.ERROR, JsonPointer.root(),
                "The document is larger than " + Limits.MAX_DOCUMENT_BYTES + " bytes, the largest accepted.", "wire format");
    }
}
