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
 * ({@code ""} for the whole document), message and clause. {@code summary} is the
 * {@link RunSummary} of the documents written: valid, invalid (read, with an ERROR) and unreadable,
 * the ERROR and WARNING findings, and the command's exit code for them ({@code 2} when some
 * document is unreadable, else {@code 1} when some is invalid, else {@code 0}). Nothing of a payload appears but what the findings say, and
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

    private final OutputStream out;
    private final JsonGenerator json;
    private final RunSummary summary = new RunSummary();

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
        boolean isValid = summary.add(findings, isUnreadable);
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
     * @return the summary written, whose {@link RunSummary#exitCode()} is the command's for these documents
     * @throws UncheckedIOException if writing fails
     */
    public RunSummary finish() {
        write(() -> {
            json.writeEndArray();
            json.writeObjectPropertyStart("summary");
            json.writeNumberProperty("documents", summary.documents());
            json.writeNumberProperty("valid", summary.valid());
            json.writeNumberProperty("invalid", summary.invalid());
            json.writeNumberProperty("unreadable", summary.unreadable());
            json.writeNumberProperty("errors", summary.errors());
            json.writeNumberProperty("warnings", summary.warnings());
            json.writeNumberProperty("exitCode", summary.exitCode());
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
        return summary;
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
