package io.jointresponse.serialization.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads the JSON array of a set-valued property into a list and refuses an element that repeats an
 * earlier one, or is null. A set's builder would otherwise drop the repeat without a word: the
 * structural walk reports it, and binding straight from the payload must not accept what the walk
 * refuses.
 *
 * <p>{@link ModelAnnotationIntrospector} puts it on every builder method of a set-valued attribute.
 */
final class DistinctElements extends StdDeserializer<List<Object>> {

    private final ValueDeserializer<Object> element;

    /** The uncontextualised instance Jackson creates from the introspector's class reference. */
    DistinctElements() {
        this(null);
    }

    private DistinctElements(ValueDeserializer<Object> element) {
        super(List.class);
        this.element = element;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        if (property == null) {
            return this;
        }
        JavaType[] parameters = property.getType().findTypeParameters(Iterable.class);
        JavaType elementType = parameters.length == 1 ? parameters[0] : ctxt.constructType(Object.class);
        return new DistinctElements(ctxt.findContextualValueDeserializer(elementType, property));
    }

    @Override
    public List<Object> deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (element == null) {
            return ctxt.reportBadDefinition(List.class, "A set on the wire is read only as a property of a model type");
        }
        if (!p.isExpectedStartArrayToken()) {
            @SuppressWarnings("unchecked")
            List<Object> never = (List<Object>) ctxt.handleUnexpectedToken(List.class, p);
            return never;
        }
        List<Object> values = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_NULL) {
                return ctxt.reportInputMismatch(this, "null is not allowed in a set");
            }
            Object value = element.deserialize(p, ctxt);
            if (!seen.add(value)) {
                return ctxt.reportInputMismatch(this, "an element of a set repeats an earlier one");
            }
            values.add(value);
        }
        return values;
    }
}
