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
 *            "notices":[{"numbers":"警察庁丁情対発第217号、丁備企発第111号","issuedOn":"2019-03-27","validUntil":"2024-03-31","lapsed":false}],
 *            "findings":[{"rule":"AGR-004","severity":"ERROR","pointer":"/reportableCrimes","message":"…","clause":"A §3","basis":"NOTICE"}],
 *            "notChecked":[]}],
 *  "summary":{"documents":1,"valid":0,"invalid":1,"unreadable":0,"errors":1,"warnings":0,"notFullyChecked":0,"exitCode":1}}
 * }</pre>
 *
 * <p>Each element of {@code files} is one document: {@code file} names where it came from (a path, a
 * line of an NDJSON file, a record of a topic: whatever the caller calls it); {@code valid} is true
 * when it was read and has no ERROR finding; {@code unreadable} is true when it could not be read as
 * a document at all (see {@link ValidationReport#isUnreadable()}); {@code notices} are the notices
 * whose rules were applied ({@link ValidationReport#appliedNotices()}: numbers, date of issue, last day
 * of validity, whether the record is dated after it, and for a registered successor the notice it
 * {@code continues}); {@code findings} are the report's, in report order, each with its rule id,
 * severity ({@code ERROR} or {@code WARNING}), JSON Pointer ({@code ""} for the whole document),
 * message, clause and basis ({@code NOTICE}, {@code RECORD_INTEGRITY}, {@code WIRE_FORMAT} or
 * {@code INPUT}); {@code notChecked} lists the rules that apply but were not run for want of
 * records ({@link ValidationReport#notChecked()}), each with its rule id, reason and message. {@code summary} is the
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
        Objects.requireNonNull(report, "report");
        document(source, report.findings(), report.notChecked(), report.appliedNotices(), report.isUnreadable());
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
        document(source, findings, List.of(), List.of(), isUnreadable);
    }

    /**
     * Writes one document: its findings, the rules not checked for want of records and the notices
     * applied.
     *
     * @param source what to call the document in {@code file}, not null
     * @param findings every finding, in report order; not null
     * @param notChecked the rules not checked, not null
     * @param notices the notices whose rules were applied, not null
     * @param isUnreadable whether the input could not be read as a document at all
     * @throws UncheckedIOException if writing fails
     */
    public void document(String source, List<Finding> findings, List<NotChecked> notChecked, List<AppliedNotice> notices,
            boolean isUnreadable) {
        Objects.requireNonNull(source, "source");
        boolean isValid = summary.add(findings, !notChecked.isEmpty(), isUnreadable);
        write(() -> {
            json.writeStartObject();
            json.writeStringProperty("file", source);
            json.writeBooleanProperty("valid", isValid);
            json.writeBooleanProperty("unreadable", isUnreadable);
            json.writeArrayPropertyStart("notices");
            for (AppliedNotice n : notices) {
                json.writeStartObject();
                json.writeStringProperty("numbers", n.numbersText());
                json.writeStringProperty("issuedOn", n.issuedOn().toString());
                json.writeStringProperty("validUntil", n.validUntil().toString());
                json.writeBooleanProperty("lapsed", n.lapsed());
                if (n.continues().isPresent()) {
                    json.writeStringProperty("continues", n.continues().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("findings");
            for (Finding f : findings) {
                json.writeStartObject();
                json.writeStringProperty("rule", f.ruleId());
                json.writeStringProperty("severity", f.severity().name());
                json.writeStringProperty("pointer", f.pointer().toString());
                json.writeStringProperty("message", f.message());
                json.writeStringProperty("clause", f.clause());
                json.writeStringProperty("basis", f.basis().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("notChecked");
            for (NotChecked n : notChecked) {
                json.writeStartObject();
                json.writeStringProperty("rule", n.ruleId());
                json.writeStringProperty("reason", n.reason().name());
                json.writeStringProperty("message", n.message());
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
            json.writeNumberProperty("notFullyChecked", summary.notFullyChecked());
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
