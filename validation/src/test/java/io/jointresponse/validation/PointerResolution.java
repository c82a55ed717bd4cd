package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.serialization.JointResponseJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a finding's pointer points, as {@link JsonPointer} defines it: it resolves in the
 * JSON, or, for an absent property, its parent resolves to an object and its last token is a name
 * the wire format's JSON Schema allows in that object (a property, or a key of a map).
 */
final class PointerResolution {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Map<DocumentKind, JsonNode> SCHEMAS = new EnumMap<>(DocumentKind.class);

    static {
        for (DocumentKind kind : DocumentKind.values()) {
            SCHEMAS.put(kind, MAPPER.readTree(JointResponseJson.schema(kind)));
        }
    }

    private PointerResolution() {}

    /**
     * Asserts that every finding of a report about a document points into the JSON the library
     * writes for it.
     */
    static void assertPointsIntoWrittenJson(ValidationReport report, Document document) {
        DocumentKind kind = DocumentKind.ofType(document.getClass()).orElseThrow();
        JsonNode written = JointResponseJson.strict().writeTree(document);
        for (Finding f : report.findings()) {
            assertPoints(written, kind, f);
        }
    }

    /** Asserts that a finding points into a payload of a kind, as the class comment says. */
    static void assertPoints(JsonNode json, DocumentKind kind, Finding f) {
        JsonPointer pointer = f.pointer();
        if (!json.at(pointer.toString()).isMissingNode()) {
            return;
        }
        List<String> tokens = pointer.tokens();
        assertThat(tokens).as("%s: the root always resolves", f).isNotEmpty();
        JsonPointer parent = JsonPointer.of(tokens.subList(0, tokens.size() - 1).toArray(String[]::new));
        String name = tokens.get(tokens.size() - 1);
        assertThat(json.at(parent.toString()).isObject())
                .as("%s: the pointer does not resolve, and its parent %s is not an object of the JSON", f, parent).isTrue();
        assertThat(allowedAt(SCHEMAS.get(kind), parent.tokens(), name))
                .as("%s: %s is not a name the wire format allows in the object at %s", f, name, parent).isTrue();
    }

    /** Tells whether the schema allows a property (or map key) named so in the object at a place. */
    private static boolean allowedAt(JsonNode root, List<String> tokens, String name) {
        List<JsonNode> here = List.of(root);
        for (String token : tokens) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode s : alternatives(root, here)) {
                JsonNode child = member(s, token);
                if (child != null) {
                    next.add(child);
                }
            }
            here = next;
        }
        for (JsonNode s : alternatives(root, here)) {
            if (member(s, name) != null && !s.has("items")) {
                return true;
            }
        }
        return false;
    }

    /** The schema of a member of an object or array schema, or null. */
    private static JsonNode member(JsonNode s, String token) {
        if (s.path("properties").has(token)) {
            return s.get("properties").get(token);
        }
        if (s.has("items") && token.chars().allMatch(Character::isDigit)) {
            return s.get("items");
        }
        JsonNode additional = s.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            JsonNode names = s.path("propertyNames").path("enum");
            if (names.isMissingNode()) {
                return additional;
            }
            for (JsonNode n : names) {
                if (n.stringValue().equals(token)) {
                    return additional;
                }
            }
        }
        return null;
    }

    /** The schemas, $ref and anyOf resolved. */
    private static List<JsonNode> alternatives(JsonNode root, List<JsonNode> schemas) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode s : schemas) {
            JsonNode resolved = s;
            while (resolved.has("$ref")) {
                String ref = resolved.get("$ref").stringValue();
                resolved = root.at(ref.substring(1));
            }
            if (resolved.has("anyOf")) {
                List<JsonNode> members = new ArrayList<>();
                resolved.get("anyOf").forEach(members::add);
                out.addAll(alternatives(root, members));
            } else {
                out.add(resolved);
            }
        }
        return out;
    }
}
