package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.JsonPointer;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.Path;
import java.util.List;

/**
 * Translates between JSON Pointers and Hibernate Validator property paths.
 *
 * <p>A rule names a place as a pointer relative to the document; it becomes property nodes of the
 * violation, so that Hibernate Validator composes it with the path of a cascaded document (a report
 * inside a national compilation). Reading the violation's path back gives the pointer into the
 * payload, because JSON property names are the model's accessor names. An all-digit token is an array
 * index; any other token is a property name or a map key (an enum constant name), which read back
 * the same.
 */
final class Pointers {

    private Pointers() {}

    /**
     * Adds one violation at a place.
     *
     * @param builder the violation builder with its template, not null
     * @param where the place relative to the validated bean, not null
     */
    static void addViolation(ConstraintViolationBuilder builder, JsonPointer where) {
        List<String> tokens = where.tokens();
        // The current node builder: the violation builder itself, or the last property node added.
        NodeBuilderCustomizableContext property = null;
        NodeBuilderDefinedContext indexed = null;
        Integer pendingIndex = null;
        for (String token : tokens) {
            if (isIndex(token)) {
                if (pendingIndex != null || (property == null && indexed == null)) {
                    throw new IllegalArgumentException("An index must follow a property: " + where);
                }
                pendingIndex = Integer.valueOf(token);
                continue;
            }
            NodeBuilderCustomizableContext next;
            if (indexed != null) {
                next = indexed.addPropertyNode(token);
            } else if (property != null) {
                next = property.addPropertyNode(token);
            } else {
                next = builder.addPropertyNode(token);
            }
            if (pendingIndex != null) {
                indexed = next.inIterable().atIndex(pendingIndex);
                property = null;
                pendingIndex = null;
            } else {
                property = next;
                indexed = null;
            }
        }
        if (pendingIndex != null) {
            var bean = indexed != null ? indexed.addBeanNode() : property.addBeanNode();
            bean.inIterable().atIndex(pendingIndex).addConstraintViolation();
        } else if (indexed != null) {
            indexed.addConstraintViolation();
        } else if (property != null) {
            property.addConstraintViolation();
        } else {
            builder.addConstraintViolation();
        }
    }

    /**
     * Reads a violation's property path as a JSON Pointer into the payload.
     *
     * @param path the property path, not null
     * @return the pointer
     */
    static JsonPointer toPointer(Path path) {
        JsonPointer pointer = JsonPointer.root();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    pointer = pointer.append(node.getIndex());
                } else if (node.getKey() != null) {
                    pointer = pointer.append(keyToken(node.getKey()));
                }
            }
            if (node.getName() != null && !node.getName().isEmpty()) {
                pointer = pointer.append(node.getName());
            }
        }
        return pointer;
    }

    private static String keyToken(Object key) {
        return key instanceof Enum<?> e ? e.name() : String.valueOf(key);
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
