package io.jointresponse.serialization.internal;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.UnknownFieldPolicy;
import io.jointresponse.serialization.WireRules;
import io.jointresponse.serialization.internal.Shape.ArrayShape;
import io.jointresponse.serialization.internal.Shape.EnumShape;
import io.jointresponse.serialization.internal.Shape.MapShape;
import io.jointresponse.serialization.internal.Shape.ObjectShape;
import io.jointresponse.serialization.internal.Shape.OptionalShape;
import io.jointresponse.serialization.internal.Shape.PolymorphicShape;
import io.jointresponse.serialization.internal.Shape.Property;
import io.jointresponse.serialization.internal.Shape.ScalarShape;
import io.jointresponse.serialization.internal.Shape.TextShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a parsed tree against a {@link Shape} and reports every structural problem in one pass:
 * {@code SHAPE-MISSING}, {@code SHAPE-UNKNOWN} and {@code SHAPE-TYPE}, each with the JSON Pointer of
 * the offending place.
 *
 * <p>Messages say what was expected and never contain a value from the payload: values may be
 * personal data. Property names appear only in pointers.
 *
 * <p>One walker serves one walk; it is not thread-safe.
 */
public final class StructuralWalker {

    /** Most findings one walk reports; the walk stops after that many. */
    public static final int MAX_FINDINGS = 1000;

    private final UnknownFieldPolicy unknownFields;
    private final WireMessages messages;
    private final List<Finding> findings = new ArrayList<>();
    private final List<JsonPointer> unknown = new ArrayList<>();
    private boolean truncated;

    /**
     * Creates a walker.
     *
     * @param unknownFields what to do with unknown properties, not null
     * @param messages the texts of the language of the findings, not null
     */
    public StructuralWalker(UnknownFieldPolicy unknownFields, WireMessages messages) {
        this.unknownFields = unknownFields;
        this.messages = messages;
    }

    /**
     * Walks a document.
     *
     * @param node the value to check, not null
     * @param shape what it must be, not null
     * @param at where the value is in the payload, not null
     * @param ignored property names of this object that belong to someone else (the envelope), not null
     */
    public void walk(JsonNode node, Shape shape, JsonPointer at, Set<String> ignored) {
        if (shape instanceof ObjectShape) {
            object(node, (ObjectShape) shape, at, ignored);
        } else if (shape instanceof PolymorphicShape) {
            polymorphic(node, (PolymorphicShape) shape, at, ignored);
        } else {
            value(node, shape, at);
        }
    }

    /** @return the findings, in the order found */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the pointers of the unknown properties, in the order found */
    public List<JsonPointer> unknownProperties() {
        return unknown;
    }

    /** @return true when the walk stopped at {@link #MAX_FINDINGS} */
    public boolean truncated() {
        return truncated;
    }

    private void value(JsonNode node, Shape shape, JsonPointer at) {
        if (truncated) {
            return;
        }
        if (node.isNull()) {
            report(WireRules.SHAPE_TYPE, at, messages.text("type.null", shape.expectation(messages)));
            return;
        }
        if (shape instanceof OptionalShape) {
            value(node, ((OptionalShape) shape).content(), at);
        } else if (shape instanceof ScalarShape) {
            scalar(node, (ScalarShape) shape, at);
        } else if (shape instanceof TextShape) {
            if (!node.isString() || !((TextShape) shape).reads(node.stringValue())) {
                typeMismatch(at, shape);
            }
        } else if (shape instanceof EnumShape) {
            EnumShape e = (EnumShape) shape;
            if (!node.isString() || !e.names().contains(node.stringValue())) {
                typeMismatch(at, shape);
            }
        } else if (shape instanceof ArrayShape) {
            array(node, (ArrayShape) shape, at);
        } else if (shape instanceof MapShape) {
            map(node, (MapShape) shape, at);
        } else {
            walk(node, shape, at, Set.of());
        }
    }

    private void scalar(JsonNode node, ScalarShape shape, JsonPointer at) {
        boolean ok;
        switch (shape.scalar()) {
            case STRING:
                ok = node.isString();
                break;
            case BOOLEAN:
                ok = node.isBoolean();
                break;
            case INT:
                ok = node.isIntegralNumber() && node.canConvertToInt();
                break;
            case LOCAL_DATE:
                ok = node.isString() && WireTime.isDate(node.stringValue());
                break;
            case OFFSET_DATE_TIME:
                ok = node.isString() && WireTime.isDateTime(node.stringValue());
                break;
            default:
                throw new IllegalStateException("Unknown scalar " + shape.scalar());
        }
        if (!ok) {
            typeMismatch(at, shape);
        }
    }

    private void array(JsonNode node, ArrayShape shape, JsonPointer at) {
        if (!node.isArray()) {
            typeMismatch(at, shape);
            return;
        }
        Set<JsonNode> seen = shape.distinct() ? new HashSet<>() : null;
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            JsonPointer where = at.append(i);
            value(element, shape.element(), where);
            if (seen != null && !element.isNull() && !seen.add(element)) {
                report(WireRules.SHAPE_TYPE, where, messages.text("type.repeat", shape.expectation(messages)));
            }
        }
    }

    private void map(JsonNode node, MapShape shape, JsonPointer at) {
        if (!node.isObject()) {
            typeMismatch(at, shape);
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonPointer where = at.append(e.getKey());
            if (!shape.key().names().contains(e.getKey())) {
                report(WireRules.SHAPE_TYPE, where, messages.text("type.key", shape.key().expectation(messages)));
            }
            value(e.getValue(), shape.value(), where);
        }
    }

    private void object(JsonNode node, ObjectShape shape, JsonPointer at, Set<String> ignored) {
        if (truncated) {
            return;
        }
        if (!node.isObject()) {
            if (node.isNull()) {
                value(node, shape, at);
            } else {
                typeMismatch(at, shape);
            }
            return;
        }
        Map<String, Property> properties = shape.properties();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey();
            if (ignored.contains(name)) {
                continue;
            }
            Property p = properties.get(name);
            if (p == null) {
                unknownProperty(at.append(name), shape);
            } else {
                value(e.getValue(), p.shape(), at.append(name));
            }
        }
        for (Property p : properties.values()) {
            if (p.required() && !node.has(p.name())) {
                report(WireRules.SHAPE_MISSING, at.append(p.name()),
                        messages.text("missing.property", Shape.label(shape.type()), p.shape().expectation(messages)));
            }
        }
    }

    private void polymorphic(JsonNode node, PolymorphicShape shape, JsonPointer at, Set<String> ignored) {
        if (truncated) {
            return;
        }
        if (!node.isObject()) {
            if (node.isNull()) {
                value(node, shape, at);
            } else {
                typeMismatch(at, shape);
            }
            return;
        }
        JsonPointer where = at.append(shape.typeProperty());
        JsonNode type = node.get(shape.typeProperty());
        if (type == null) {
            report(WireRules.SHAPE_MISSING, where,
                    messages.text("missing.property", Shape.label(shape.base()), shape.typeExpectation(messages)));
            return;
        }
        ObjectShape subtype = type.isString() ? shape.subtypes().get(type.stringValue()) : null;
        if (subtype == null) {
            // Only the logical names above ever select a type: a class name is just a wrong value.
            report(WireRules.SHAPE_TYPE, where, messages.text(type.isNull() ? "type.nullExpected" : "type.expected",
                    shape.typeExpectation(messages)));
            return;
        }
        Set<String> skip = new HashSet<>(ignored);
        skip.add(shape.typeProperty());
        object(node, subtype, at, skip);
    }

    private void unknownProperty(JsonPointer at, ObjectShape shape) {
        switch (unknownFields) {
            case REJECT:
                report(WireRules.SHAPE_UNKNOWN, at, messages.text("unknown.reject", Shape.label(shape.type())));
                break;
            case KEEP:
                unknown.add(at);
                warn(WireRules.SHAPE_UNKNOWN, at, messages.text("unknown.keep", Shape.label(shape.type())));
                break;
            case DROP:
                unknown.add(at);
                warn(WireRules.SHAPE_UNKNOWN, at, messages.text("unknown.drop", Shape.label(shape.type())));
                break;
            default:
                throw new IllegalStateException("Unknown policy " + unknownFields);
        }
    }

    private void typeMismatch(JsonPointer at, Shape expected) {
        report(WireRules.SHAPE_TYPE, at, messages.text("type.expected", expected.expectation(messages)));
    }

    private void report(String ruleId, JsonPointer at, String message) {
        add(Finding.of(ruleId, Severity.ERROR, at, message, WireRules.CLAUSE));
    }

    private void warn(String ruleId, JsonPointer at, String message) {
        add(Finding.of(ruleId, Severity.WARNING, at, message, WireRules.CLAUSE));
    }

    private void add(Finding f) {
        if (findings.size() >= MAX_FINDINGS) {
            truncated = true;
            return;
        }
        findings.add(f);
    }
}
