package io.jointresponse.serialization;

import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.serialization.internal.WireReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * A generator that writes a document's envelope ({@code schemaVersion}, then {@code kind}) right
 * after the first object it opens, which is the document's: the wire format's writer then writes
 * the body (a decision's {@code type} first) onto an application's generator, in the same order as
 * {@link JointResponseJson#write(io.jointresponse.core.document.Document)}.
 */
final class EnvelopeGenerator extends JsonGeneratorDelegate {

    private final DocumentKind kind;
    private boolean opened;

    EnvelopeGenerator(JsonGenerator target, DocumentKind kind) {
        super(target, false);
        this.kind = kind;
    }

    @Override
    public JsonGenerator writeStartObject() throws JacksonException {
        super.writeStartObject();
        return envelope();
    }

    @Override
    public JsonGenerator writeStartObject(Object forValue) throws JacksonException {
        super.writeStartObject(forValue);
        return envelope();
    }

    @Override
    public JsonGenerator writeStartObject(Object forValue, int size) throws JacksonException {
        // The size announces the properties to come (binary formats write it): the envelope adds two.
        super.writeStartObject(forValue, opened || size < 0 ? size : size + 2);
        return envelope();
    }

    private JsonGenerator envelope() {
        if (!opened) {
            opened = true;
            delegate().writeStringProperty(WireReader.SCHEMA_VERSION_PROPERTY, JointResponseJson.SCHEMA_VERSION);
            delegate().writeStringProperty(WireReader.KIND_PROPERTY, kind.wireName());
        }
        return this;
    }
}
