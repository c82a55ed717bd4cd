package io.jointresponse.validation.internal;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.investigation.EvidenceRequest;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule, in catalogue order, and the document types they apply to. */
public final class Rules {

    /** The key of notice 217 (notice A): the clauses {@code A §…} are its. */
    public static final String NOTICE_217 = "217";

    /** The key of notice 185 (notice B): the clauses {@code B §…} are its. */
    public static final String NOTICE_185 = "185";

    private static final List<Class<?>> DOCUMENT_TYPES = List.of(
            Agreement.class,
            IncidentReport.class,
            EvidenceRequest.class,
            PreventionRelease.class,
            OccurrencePublication.class,
            ArrestPublication.class,
            OnwardShare.class,
            DivisionReport.class,
            Jc3Liaison.class,
            AnnualReport.class,
            NationalCompilation.class,
            Notice.class);

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
            boolean applies = r.documentType().isInstance(document)
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
