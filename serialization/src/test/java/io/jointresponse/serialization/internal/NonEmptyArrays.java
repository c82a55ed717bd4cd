package io.jointresponse.serialization.internal;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.WireRules;
import io.jointresponse.serialization.internal.Shape.ArrayShape;
import io.jointresponse.serialization.internal.Shape.MapShape;
import io.jointresponse.serialization.internal.Shape.ObjectShape;
import io.jointresponse.serialization.internal.Shape.OptionalShape;
import io.jointresponse.serialization.internal.Shape.PolymorphicShape;
import io.jointresponse.serialization.internal.Shape.Property;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the arrays the model requires to hold at least one element: a structural invariant of a
 * value type ({@code @Value.Check}, such as a notice's numbers), which the reader reports as
 * {@code SHAPE-VALUE} when it binds and which no introspection shows. Each array of the canonical
 * documents is emptied in turn and the document read again; an array whose emptying alone makes
 * the reader refuse the document gets {@code minItems: 1} in the schemas.
 */
final class NonEmptyArrays {

    private final WireModel model;
    private final JointResponseJson json = JointResponseJson.strict();
    private final Set<String> found = new TreeSet<>();

    private NonEmptyArrays(WireModel model) {
        this.model = model;
    }

    /**
     * Probes the canonical document of every kind.
     *
     * @param model the introspected model, not null
     * @return the arrays that must not be empty, each as {@link #key(Class, String)}
     */
    static Set<String> of(WireModel model) {
        NonEmptyArrays probe = new NonEmptyArrays(model);
        for (Document document : CanonicalFixtures.documents()) {
            DocumentKind kind = DocumentKind.of(document);
            ObjectNode tree = probe.json.writeTree(document);
            probe.walk(tree, tree, model.shapeOf(kind.type()), kind);
        }
        return Set.copyOf(probe.found);
    }

    /**
     * Names one array property.
     *
     * @param type the model type that declares it
     * @param property its wire name
     * @return the key
     */
    static String key(Class<?> type, String property) {
        return type.getName() + "#" + property;
    }

    private void walk(ObjectNode root, JsonNode node, Shape shape, DocumentKind kind) {
        if (shape instanceof OptionalShape) {
            walk(root, node, ((OptionalShape) shape).content(), kind);
        } else if (shape instanceof PolymorphicShape) {
            PolymorphicShape family = (PolymorphicShape) shape;
            JsonNode type = node.get(family.typeProperty());
            ObjectShape member = type == null ? null : family.subtypes().get(type.stringValue());
            if (member != null) {
                walk(root, node, member, kind);
            }
        } else if (shape instanceof ObjectShape && node.isObject()) {
            for (Map.Entry<String, Property> e : ((ObjectShape) shape).properties().entrySet()) {
                JsonNode value = node.get(e.getKey());
                if (value == null) {
                    continue;
                }
                if (value.isArray() && !value.isEmpty() && refusedWhenEmptied(root, (ObjectNode) node, e.getKey(), kind)) {
                    found.add(key(((ObjectShape) shape).type(), e.getKey()));
                }
                walk(root, value, e.getValue().shape(), kind);
            }
        } else if (shape instanceof ArrayShape && node.isArray()) {
            node.forEach(element -> walk(root, element, ((ArrayShape) shape).element(), kind));
        } else if (shape instanceof MapShape && node.isObject()) {
            node.forEach(value -> walk(root, value, ((MapShape) shape).value(), kind));
        }
    }

    private boolean refusedWhenEmptied(ObjectNode root, ObjectNode parent, String name, DocumentKind kind) {
        JsonNode original = parent.get(name);
        parent.set(name, root.arrayNode());
        try {
            return json.read(root.toString(), kind.type()).findings().stream()
                    .anyMatch(f -> f.ruleId().equals(WireRules.SHAPE_VALUE));
        } finally {
            parent.set(name, original);
        }
    }
}
