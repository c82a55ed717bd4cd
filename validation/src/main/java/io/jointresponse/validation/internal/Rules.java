package io.jointresponse.validation.internal;

import io.jointresponse.core.document.DocumentKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule, in catalogue order, and the document types they apply to. */
public final class Rules {

    /** The value types of every document kind, in kind order: what the rules are written for. */
    private static final List<Class<?>> DOCUMENT_TYPES = Arrays.stream(DocumentKind.values())
            .<Class<?>>flatMap(k -> k.valueTypes().stream())
            .toList();

    private static final List<Rule<?>> ALL;
    private static final Map<String, Rule<?>> BY_ID;

    static {
        List<Rule<?>> all = new ArrayList<>();
        all.addAll(AgreementRules.all());
        all.addAll(IncidentRules.all());
        all.addAll(InvestigationRules.all());
        all.addAll(PreventionRules.all());
        all.addAll(DisclosureRules.all());
        all.addAll(SharingRules.all());
        all.addAll(Jc3Rules.all());
        all.addAll(AnnualRules.all());
        all.addAll(NoticeRules.all());
        ALL = Collections.unmodifiableList(all);
        Map<String, Rule<?>> byId = new LinkedHashMap<>();
        for (Rule<?> r : all) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalStateException("Duplicate rule id " + r.id());
            }
        }
        BY_ID = Collections.unmodifiableMap(byId);
    }

    private Rules() {}

    /** @return every rule, in catalogue order */
    public static List<Rule<?>> all() {
        return ALL;
    }

    /**
     * Finds a rule by id.
     *
     * @param id the rule id, not null
     * @return the rule, or empty when there is none of that id
     */
    public static Optional<Rule<?>> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** @return the document types, each mapped to the rules constraint */
    public static List<Class<?>> documentTypes() {
        return DOCUMENT_TYPES;
    }

    /**
     * Tells whether objects of a class are documents the rules apply to.
     *
     * @param type a class, not null
     * @return true when it is, or implements, a document type
     */
    public static boolean isDocument(Class<?> type) {
        return DOCUMENT_TYPES.stream().anyMatch(t -> t.isAssignableFrom(type));
    }

    /**
     * Returns the document type of an object.
     *
     * @param type a class, not null
     * @return the document type it is or implements, if any
     */
    public static Optional<Class<?>> documentType(Class<?> type) {
        return DOCUMENT_TYPES.stream().filter(t -> t.isAssignableFrom(type)).findFirst();
    }

    /**
     * Returns the rules that apply to a document.
     *
     * @param document the document, not null
     * @return the rules of its type, in catalogue order
     */
    static List<Rule<?>> forDocument(Object document) {
        List<Rule<?>> rules = new ArrayList<>();
        for (Rule<?> r : ALL) {
            if (r.documentType().isInstance(document)) {
                rules.add(r);
            }
        }
        return rules;
    }
}
