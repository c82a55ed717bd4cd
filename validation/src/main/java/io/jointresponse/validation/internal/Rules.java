package io.jointresponse.validation.internal;

import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
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

    /** The key of notice 217 (notice A): the clauses {@code A §…} are its. */
    public static final String NOTICE_217 = "217";

    /** The key of notice 185 (notice B): the clauses {@code B §…} are its. */
    public static final String NOTICE_185 = "185";

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
     * Returns the notice whose clause a rule cites, as its own or as the one it supports.
     *
     * @param rule a rule, not null
     * @return {@link #NOTICE_217}, {@link #NOTICE_185}, or empty for the rules of the notice records
     */
    public static Optional<String> notice(Rule<?> rule) {
        String clause = rule.clause();
        if (clause.startsWith("A §")) {
            return Optional.of(NOTICE_217);
        }
        if (clause.startsWith("B §")) {
            return Optional.of(NOTICE_185);
        }
        return Optional.empty();
    }

    /**
     * Returns the notices whose rules apply to a document: those cited by the enabled rules of its
     * type and, for a national compilation, of the reports it holds.
     *
     * @param document the document, not null
     * @param enabled tells whether a rule id is enabled, not null
     * @return the keys {@link #NOTICE_217} and {@link #NOTICE_185} that apply, in that order
     */
    public static List<String> noticesApplied(Object document, java.util.function.Predicate<String> enabled) {
        boolean a = false;
        boolean b = false;
        for (Rule<?> r : ALL) {
            boolean applies = r.concerns(document)
                    || (document instanceof NationalCompilation && r.documentType() == AnnualReport.class);
            if (applies && enabled.test(r.id())) {
                String notice = notice(r).orElse("");
                a |= notice.equals(NOTICE_217);
                b |= notice.equals(NOTICE_185);
            }
        }
        List<String> keys = new ArrayList<>(2);
        if (a) {
            keys.add(NOTICE_217);
        }
        if (b) {
            keys.add(NOTICE_185);
        }
        return keys;
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
