package io.jointresponse.serialization.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * How the wire format's values are read and written where Jackson's own handling does not fit.
 *
 * <p>Reading: takes away the leniency Jackson's readers keep whatever the mapper's features say, so
 * that binding accepts exactly what the structural walk accepts:
 * <ul>
 *   <li>dates and date-times are read with {@link WireTime} (Jackson's java.time readers take a
 *       date-time where a date is expected, arrays of numbers and epoch numbers);</li>
 *   <li>an enum name is refused when padded with spaces (Jackson's enum reader trims it).</li>
 * </ul>
 *
 * <p>Writing: date-times are written by {@link WireTime#formatDateTime}, the same text as Jackson's
 * writer (the ISO formatter) at a fraction of its cost.
 */
final class WireValuesModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    WireValuesModule() {
        super("jointresponse-wire-values");
        addDeserializer(LocalDate.class, new StrictText<>(LocalDate.class, WireTime::parseDate, "an ISO date"));
        addDeserializer(OffsetDateTime.class,
                new StrictText<>(OffsetDateTime.class, WireTime::parseDateTime, "an ISO date-time with an offset"));
        addSerializer(OffsetDateTime.class, new DateTimeWriter());
        setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
                return new UnpaddedEnum(deserializer);
            }
        });
    }

    /** A value read only from a JSON string, by a parser that throws {@link DateTimeParseException}. */
    private static final class StrictText<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final transient Function<String, T> parser;
        private final String expectation;

        StrictText(Class<T> type, Function<String, T> parser, String expectation) {
            super(type);
            this.type = type;
            this.parser = parser;
            this.expectation = expectation;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            try {
                return parser.apply(p.getString());
            } catch (DateTimeParseException e) {
                // The message names what was expected, never the text: it may be anything.
                return type.cast(ctxt.handleWeirdStringValue(type, "", "expected " + expectation));
            }
        }
    }

    /** Writes a date-time as its ISO text. */
    private static final class DateTimeWriter extends StdScalarSerializer<OffsetDateTime> {

        DateTimeWriter() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
            g.writeString(WireTime.formatDateTime(value));
        }
    }

    /** Jackson's enum reader, but a name with leading or trailing white space is no name. */
    private static final class UnpaddedEnum extends DelegatingDeserializer {

        UnpaddedEnum(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new UnpaddedEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getString();
                if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
                    return ctxt.handleWeirdStringValue(handledType(), "", "expected an exact name, without spaces");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
