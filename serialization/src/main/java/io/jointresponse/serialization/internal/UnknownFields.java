package io.jointresponse.serialization.internal;

import io.jointresponse.core.finding.JsonPointer;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes unknown properties out of a tree before binding, and puts them back into a written tree,
 * so that a lenient read followed by a write loses nothing.
 */
public final class UnknownFields {

    private UnknownFields() {}

    /**
     * Removes the property a pointer designates.
     *
     * @param root the tree, not null
     * @param at the pointer of an object property, not the root
     * @return the removed value, or null when there was none
     */
    static JsonNode remove(JsonNode root, JsonPointer at) {
        JsonNode parent = parent(root, at);
        if (!(parent instanceof ObjectNode)) {
            return null;
        }
        return ((ObjectNode) parent).remove(last(at));
    }

    /**
     * Puts properties back into a written tree.
     *
     * @param root the written document, not null
     * @param fields pointer of each property to its value, not null
     * @throws IllegalArgumentException if a pointer's parent is not an object of the tree, or the
     *     property is already there (the document changed since it was read)
     */
    public static void reinsert(ObjectNode root, Map<JsonPointer, JsonNode> fields) {
        for (Map.Entry<JsonPointer, JsonNode> e : fields.entrySet()) {
            JsonPointer at = e.getKey();
            if (at.isRoot()) {
                throw new IllegalArgumentException("An unknown property cannot be the whole document");
            }
            JsonNode parent = parent(root, at);
            if (!(parent instanceof ObjectNode)) {
                throw new IllegalArgumentException("Cannot put an unknown property back at " + at
                        + ": the document no longer has an object there");
            }
            ObjectNode object = (ObjectNode) parent;
            if (object.has(last(at))) {
                throw new IllegalArgumentException("Cannot put an unknown property back at " + at
                        + ": the document now defines that property");
            }
            object.set(last(at), e.getValue().deepCopy());
        }
    }

    private static String last(JsonPointer at) {
        List<String> tokens = at.tokens();
        return tokens.get(tokens.size() - 1);
    }

    private static JsonNode parent(JsonNode root, JsonPointer at) {
        List<String> tokens = at.tokens();
        JsonNode node = root;
        for (int i = 0; i < tokens.size() - 1 && node != null; i++) {
            String t = tokens.get(i);
            if (node.isArray()) {
                node = t.matches("0|[1-9][0-9]{0,8}") ? node.get(Integer.parseInt(t)) : null;
            } else if (node.isObject()) {
                node = node.get(t);
            } else {
                node = null;
            }
        }
        return node;
    }
}
