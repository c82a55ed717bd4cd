package io.jointresponse.validation.internal;

import io.jointresponse.core.document.DocumentKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** The document rules of each class of document, in catalogue order; computed once per class. */
    private static final ClassValue<List<Rule<?>>> DOCUMENT_RULES = new ClassValue<>() {
        @Override
        protected List<Rule<?>> computeValue(Class<?> type) {
            return select(type, false);
        }
    };

    /** The payload rules of each document type, in catalogue order. */
    private static final ClassValue<List<Rule<?>>> PAYLOAD_RULES = new ClassValue<>() {
        @Override
        protected List<Rule<?>> computeValue(Class<?> type) {
            return select(type, true);
        }
    };

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
     * Finds a rule by id, in any case: ids are case-insensitive.
     *
     * @param id the rule id, such as {@code AGR-001} or {@code agr-001}, not null
     * @return the rule, or empty when there is none of that id
     */
    public static Optional<Rule<?>> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id.toUpperCase(Locale.ROOT)));
    }

    /** @return the document types, in the order of the catalogue's areas */
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
     * Returns the rules that check documents of a class.
     *
     * @param type the class of a document, not null
     * @return the rules of its type that check documents, in catalogue order
     */
    static List<Rule<?>> documentRules(Class<?> type) {
        return DOCUMENT_RULES.get(type);
    }

    /**
     * Returns the rules that check payloads of a document type.
     *
     * @param type the model type of a document kind, such as {@code Notice.class}, not null
     * @return the rules of that type that check payloads, in catalogue order
     */
    static List<Rule<?>> payloadRules(Class<?> type) {
        return PAYLOAD_RULES.get(type);
    }

    private static List<Rule<?>> select(Class<?> type, boolean payloads) {
        List<Rule<?>> rules = new ArrayList<>();
        for (Rule<?> r : ALL) {
            if (r.checksPayloads() == payloads && r.documentType().isAssignableFrom(type)) {
                rules.add(r);
            }
        }
        return List.copyOf(rules);
    }
}
