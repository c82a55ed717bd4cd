package io.jointresponse.serialization;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.serialization.internal.WireMapper;
import io.jointresponse.serialization.internal.WireReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * The readers that {@link JointResponseJacksonModule} gives an application's mapper. Each copies the
 * value the application's parser stands on back into JSON and reads that with the wire format's own
 * reader, as {@link JointResponseJson#read(byte[], Class)} would read it: the same strictness and
 * limits whatever the application's mapper is configured to accept, and on refusal every finding,
 * in an {@link InvalidPayloadException}.
 */
final class HostDeserializers extends Deserializers.Base {

    private final JointResponseJson json;

    HostDeserializers(JointResponseJson json) {
        this.json = json;
    }

    @Override
    public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
            BeanDescription.Supplier beanDescRef) {
        Class<?> raw = type.getRawClass();
        Class<?> wireType = json.registry().wireTypeOf(raw);
        return wireType == null ? null : new WireDeserializer(json, raw, wireType);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return json.registry().wireTypeOf(valueType) != null;
    }

    /** Reads one type of the model as the wire format does. */
    private static final class WireDeserializer extends StdDeserializer<Object> {

        private final JointResponseJson json;
        /** The type asked for: a model type or a generated implementation of one. */
        private final Class<?> type;
        /** The model type it travels as. */
        private final Class<?> wireType;
        private final DocumentKind kind;

        WireDeserializer(JointResponseJson json, Class<?> type, Class<?> wireType) {
            super(type);
            this.json = json;
            this.type = type;
            this.wireType = wireType;
            this.kind = DocumentKind.ofType(type).orElse(null);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            TokenStreamLocation start = p.currentTokenLocation();
            byte[] copy;
            try {
                copy = copy(p);
            } catch (TooLong e) {
                throw refusal(List.of(WireReader.tooLong()), start);
            }
            return read(copy, start);
        }

        /** A JSON null is no document nor value of the wire format, here as anywhere in it. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            return read("null".getBytes(StandardCharsets.UTF_8), p == null ? null : p.currentTokenLocation());
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.POJO;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        private Object read(byte[] payload, TokenStreamLocation start) {
            List<Finding> findings;
            Object value;
            if (kind != null) {
                ReadResult<?> result = json.read(payload, type.asSubclass(Document.class));
                value = result.document().orElse(null);
                findings = result.findings();
            } else {
                WireReader.Outcome outcome = json.reader().readValue(payload, wireType);
                value = outcome.value;
                findings = outcome.findings;
            }
            if (value != null && type.isInstance(value)) {
                return value;
            }
            throw refusal(findings, start);
        }

        private InvalidPayloadException refusal(List<Finding> findings, TokenStreamLocation start) {
            // The location keeps line and column but not the source, which some mappers would quote.
            TokenStreamLocation at = start == null ? null : new TokenStreamLocation(ContentReference.unknown(),
                    start.getByteOffset(), start.getCharOffset(), start.getLineNr(), start.getColumnNr());
            return new InvalidPayloadException(type, kind, findings, at);
        }

        /**
         * Copies the value the parser stands on (or, on a property name, the rest of an object whose
         * start the caller has read) as JSON, and leaves the parser on its last token. Stops past the
         * longest document the wire format reads, so that no payload is held in memory whole.
         */
        private byte[] copy(JsonParser p) {
            Bounded out = new Bounded();
            try (JsonGenerator g = json.mapper().createGenerator(out)) {
                if (p.currentToken() == JsonToken.PROPERTY_NAME) {
                    g.writeStartObject();
                    do {
                        g.copyCurrentStructure(p);
                    } while (p.nextToken() == JsonToken.PROPERTY_NAME);
                    g.writeEndObject();
                } else {
                    g.copyCurrentStructure(p);
                }
            } catch (JacksonException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof TooLong) {
                        throw (TooLong) t;
                    }
                }
                throw e;
            }
            return out.toByteArray();
        }
    }

    /** Bytes up to the longest document the wire format reads. */
    private static final class Bounded extends ByteArrayOutputStream {

        @Override
        public synchronized void write(int b) {
            ensure(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            ensure(len);
            super.write(b, off, len);
        }

        private void ensure(int more) {
            if ((long) count + more > WireMapper.MAX_DOCUMENT_LENGTH) {
                throw new TooLong();
            }
        }
    }

    /** Thrown by {@link Bounded} when a value is longer than a document may be. */
    private static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null, false, false);
        }
    }
}
