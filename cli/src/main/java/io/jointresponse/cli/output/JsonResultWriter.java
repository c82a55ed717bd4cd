package io.jointresponse.cli.output;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.validation.NotChecked;
import io.jointresponse.validation.AppliedNotice;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes results as one JSON object, streamed as documents are done:
 * {@code {"files":[{"file":…,"valid":…,"unreadable":…,"notices":[{"numbers":…,"issuedOn":…,"validUntil":…,
 * "lapsed":…,"continues":…}],"findings":[{"rule":…,"severity":…,"pointer":…,"message":…,"clause":…,
 * "basis":…}],"notChecked":[{"rule":…,"reason":…,"message":…}]}],"summary":{…}}}.
 * {@code notices} names the notices whose rules were applied, {@code notChecked} the rules that apply
 * to the document but were not run for want of records (see
 * {@link io.jointresponse.validation.ValidationReport#notChecked()}).
 */
public final class JsonResultWriter implements ResultWriter {

    // Closing the generator must not close standard output.
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final OutputStream out;
    private final JsonGenerator json;

    /**
     * Creates a writer and opens the object and its {@code files} array.
     *
     * @param out where to write UTF-8 JSON, not null; it is not closed
     */
    public JsonResultWriter(OutputStream out) {
        this.out = out;
        this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
        json.writeStartObject();
        json.writeArrayPropertyStart("files");
    }

    @Override
    public void document(DocumentResult r) {
        json.writeStartObject();
        json.writeStringProperty("file", r.source());
        json.writeBooleanProperty("valid", r.valid());
        json.writeBooleanProperty("unreadable", r.unreadable());
        json.writeArrayPropertyStart("notices");
        for (AppliedNotice n : r.notices()) {
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
        for (Finding f : r.findings()) {
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
        for (NotChecked n : r.notChecked()) {
            json.writeStartObject();
            json.writeStringProperty("rule", n.ruleId());
            json.writeStringProperty("reason", n.reason().name());
            json.writeStringProperty("message", n.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void finish(Summary s) {
        json.writeEndArray();
        json.writeObjectPropertyStart("summary");
        json.writeNumberProperty("documents", s.documents());
        json.writeNumberProperty("valid", s.valid());
        json.writeNumberProperty("invalid", s.invalid());
        json.writeNumberProperty("unreadable", s.unreadable());
        json.writeNumberProperty("errors", s.errors());
        json.writeNumberProperty("warnings", s.warnings());
        json.writeNumberProperty("notFullyChecked", s.notFullyChecked());
        json.writeNumberProperty("exitCode", s.exitCode());
        json.writeEndObject();
        json.writeEndObject();
        json.close();
        try {
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
