package io.jointresponse.serialization;

import io.jointresponse.core.document.DocumentKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The writers that {@link JointResponseJacksonModule} gives an application's mapper: every type the
 * wire format maps is written by the wire format's own mapper onto the application's generator, a
 * document with its envelope first.
 */
final class HostSerializers implements Serializers {

    private final JointResponseJson json;
    private final ObjectWriter writer;

    HostSerializers(JointResponseJson json) {
        this.json = json;
        // The application's generator is flushed when the application says so, not after each value.
        this.writer = json.mapper().writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @Override
    public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
            BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
        Class<?> raw = type.getRawClass();
        if (json.registry().wireTypeOf(raw) == null) {
            return null;
        }
        return new WireSerializer(raw, writer, DocumentKind.ofType(raw).orElse(null));
    }

    /** Writes one type of the model as the wire format does. */
    private static final class WireSerializer extends StdSerializer<Object> {

        private final ObjectWriter writer;
        private final DocumentKind kind;

        WireSerializer(Class<?> type, ObjectWriter writer, DocumentKind kind) {
            super(type);
            this.writer = writer;
            this.kind = kind;
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
            writer.writeValue(kind == null ? g : new EnvelopeGenerator(g, kind), value);
        }
    }
}
