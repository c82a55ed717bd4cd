package io.jointresponse.cli;

import io.jointresponse.core.document.DocumentKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Tells a document's kind from its top-level {@code kind} property with the streaming parser,
 * skipping the values of every other property, so that looking for agreements among many inputs
 * does not bind each one in full.
 */
final class KindPeek {

    private static final JsonFactory FACTORY = new JsonFactory();

    private KindPeek() {}

    /**
     * Tells whether a payload's top-level {@code kind} is the given one.
     *
     * @param bytes the payload
     * @param kind the kind
     * @return false for any other kind, or for a payload that is not a readable JSON object
     */
    static boolean is(byte[] bytes, DocumentKind kind) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("kind".equals(name)) {
                    return value == JsonToken.VALUE_STRING && kind.wireName().equals(parser.getString());
                }
                parser.skipChildren();
            }
            return false;
        } catch (JacksonException e) {
            return false;
        }
    }
}
