package io.jointresponse.cli;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.WireRules;
import io.jointresponse.validation.RuleCatalogue;
import io.jointresponse.validation.RuleDescription;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Findings about reading an input itself, before it is a document: I/O failures and size limits,
 * with the catalogue's messages.
 */
final class Inputs {

    private Inputs() {}

    /**
     * Describes an I/O failure without its message, which may quote a path or the input itself.
     *
     * @param e the failure
     * @param locale the language of the message, not null
     * @return an ERROR finding at the root
     */
    static Finding ioFinding(Exception e, Locale locale) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String variant;
        if (cause instanceof NoSuchFileException) {
            variant = "noSuchFile";
        } else if (cause instanceof AccessDeniedException) {
            variant = "accessDenied";
        } else if (cause instanceof FileSystemException) {
            variant = "fileSystem";
        } else {
            variant = "other";
        }
        RuleDescription io = RuleCatalogue.find(RuleCatalogue.INPUT_IO).orElseThrow();
        return Finding.of(io.id(), Severity.ERROR, JsonPointer.root(), io.message(variant, locale), io.clause());
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

    /**
     * Returns the finding for an input larger than a document may be.
     *
     * @param locale the language of the message, not null
     * @return a JSON-LIMIT error at the root
     */
    static Finding tooLarge(Locale locale) {
        return WireRules.tooLarge(Limits.MAX_DOCUMENT_BYTES, locale);
    }
}
