package io.jointresponse.beanvalidation.internal;

import io.jointresponse.core.finding.JsonPointer;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;

/**
 * Translates a finding's JSON Pointer into the property nodes of a constraint violation.
 *
 * <p>The pointer is relative to the document; its nodes are added below the annotated element, so
 * that Bean Validation composes them with the path of the bean that holds the document
 * ({@code request.agreement.partner.securityVendors}). JSON property names are the model's accessor
 * names, so the path names the model's properties. An all-digit token is an array index
 * ({@code reportableCrimes[0]}); any other token is a property name, or a map key such as a sector
 * of an annual report's counts, which becomes a property node of that name.
 */
final class PropertyPaths {

    private PropertyPaths() {}

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
