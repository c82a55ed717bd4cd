package io.jointresponse.validation;

import io.jointresponse.core.finding.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON form of validation results, exactly as {@code jointresponse validate --format json}
 * prints it: one object, without white space, followed by one newline.
 *
 * <pre>{@code
 * {"files":[{"file":"a.json","valid":false,"unreadable":false,
 *            "findings":[{"rule":"AGR-004","severity":"ERROR","pointer":"/reportableCrimes","message":"…","clause":"A §3"}]}],
 *  "summary":{"documents":1,"valid":0,"invalid":1,"unreadable":0,"errors":1,"warnings":0,"exitCode":1}}
 * }</pre>
 *
 * <p>Each element of {@code files} is one document: {@code file} names where it came from (a path, a
 * line of an NDJSON file, a record of a topic: whatever the caller calls it); {@code valid} is true
 * when it was read and has no ERROR finding; {@code unreadable} is true when it could not be read as
 * a document at all (see {@link ValidationReport#isUnreadable()}); {@code findings} are the report's,
 * in report order, each with its rule id, severity ({@code ERROR} or {@code WARNING}), JSON Pointer
 * ({@code ""} for the whole document), message and clause. {@code summary} counts the documents
 * written: valid, invalid (read, with an ERROR) and unreadable, the ERROR and WARNING findings, and
 * the command's exit code for them ({@code 2} when some document is unreadable, else {@code 1} when
 * some is invalid, else {@code 0}). Nothing of a payload appears but what the findings say, and
 * findings never quote payload values.
 *
 * <p>{@link #of(String, ValidationReport)} gives the JSON of one document. A writer streams many:
 * {@link #writer(OutputStream)}, one {@link #document} call per document, then {@link #finish()};
 * it keeps nothing but the counts, so a run of any length takes constant memory. A writer is not
 * thread-safe.
 */
public final class ReportJson {

    // Finishing the JSON must not close the caller's stream (standard output, say).
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Exit code when every document is valid. */
    private static final int VALID = 0;
    /** Exit code when some document has an ERROR finding. */
    private static final int INVALID = 1;
    /** Exit code when some input could not be read as a document. */
    private static final int UNREADABLE = 2;

    private final OutputStream out;
    private final JsonGenerator json;
    private long documents;
    private long valid;
    private long invalid;
    private long unreadable;
    private long errors;
    private long warnings;

    private ReportJson(OutputStream out) {
        this.out = out;
        this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
        write(() -> {
            json.writeStartObject();
            json.writeArrayPropertyStart("files");
        });
    }

    /**
     * Starts the JSON of a run of documents: writes the opening of the object and of its
     * {@code files} array.
     *
     * @param out where to write UTF-8 JSON, not null; it is flushed by {@link #finish()}, never closed
     * @return the writer
     * @throws UncheckedIOException if writing fails
     */
    public static ReportJson writer(OutputStream out) {
        return new ReportJson(Objects.requireNonNull(out, "out"));
    }

    /**
     * Gives the JSON of one validated document, with its summary, as the command prints it for a
     * single file.
     *
     * @param source what to call the document in {@code file}, such as a path; not null
     * @param report its report, not null
     * @return the UTF-8 JSON, ending with a newline
     */
    public static byte[] of(String source, ValidationReport report) {
        Objects.requireNonNull(report, "report");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportJson writer = writer(bytes);
        writer.document(source, report);
        writer.finish();
        return bytes.toByteArray();
    }

    /**
     * Writes one validated document.
     *
     * @param source what to call the document in {@code file}, not null
     * @param report its report, not null
     * @throws UncheckedIOException if writing fails
     */
    public void document(String source, ValidationReport report) {
        document(source, report.findings(), report.isUnreadable());
    }

    /**
     * Writes one document given by its findings, such as an input that failed before it could be
     * validated.
     *
     * @param source what to call the document in {@code file}, not null
     * @param findings every finding, in report order; not null
     * @param isUnreadable whether the input could not be read as a document at all
     * @throws UncheckedIOException if writing fails
     */
    public void document(String source, List<Finding> findings, boolean isUnreadable) {
        Objects.requireNonNull(source, "source");
        long errorCount = findings.stream().filter(Finding::isError).count();
        boolean isValid = !isUnreadable && errorCount == 0;
        documents++;
        unreadable += isUnreadable ? 1 : 0;
        valid += isValid ? 1 : 0;
        invalid += !isUnreadable && !isValid ? 1 : 0;
        errors += errorCount;
        warnings += findings.size() - errorCount;
        write(() -> {
            json.writeStartObject();
            json.writeStringProperty("file", source);
            json.writeBooleanProperty("valid", isValid);
            json.writeBooleanProperty("unreadable", isUnreadable);
            json.writeArrayPropertyStart("findings");
            for (Finding f : findings) {
                json.writeStartObject();
                json.writeStringProperty("rule", f.ruleId());
                json.writeStringProperty("severity", f.severity().name());
                json.writeStringProperty("pointer", f.pointer().toString());
                json.writeStringProperty("message", f.message());
                json.writeStringProperty("clause", f.clause());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /**
     * Writes the summary of the documents written, closes the object, writes a newline and flushes.
     *
     * @return the exit code the summary gives: {@code 0}, {@code 1} or {@code 2}
     * @throws UncheckedIOException if writing fails
     */
    public int finish() {
        int exitCode = unreadable > 0 ? UNREADABLE : invalid > 0 ? INVALID : VALID;
        write(() -> {
            json.writeEndArray();
            json.writeObjectPropertyStart("summary");
            json.writeNumberProperty("documents", documents);
            json.writeNumberProperty("valid", valid);
            json.writeNumberProperty("invalid", invalid);
            json.writeNumberProperty("unreadable", unreadable);
            json.writeNumberProperty("errors", errors);
            json.writeNumberProperty("warnings", warnings);
            json.writeNumberProperty("exitCode", exitCode);
            json.writeEndObject();
            json.writeEndObject();
            json.close();
        });
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exitCode;
    }

    /** Runs some writes, reporting a failure of the stream as the JDK's unchecked I/O exception. */
    private static void write(Runnable writes) {
        try {
            writes.run();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause() != null ? e.getCause() : new IOException(e));
        }
    }
}
