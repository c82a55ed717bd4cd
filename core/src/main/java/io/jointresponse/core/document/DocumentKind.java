package io.jointresponse.core.document;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.investigation.EvidenceRequest;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of {@link Document}, each with its name, its model type and the name of its JSON
 * Schema: the one list that the wire format, the rules, the command and the fixtures derive theirs
 * from. Adding a kind means adding its constant here and permitting its type in {@link Document}.
 *
 * <p>A document names its kind on the wire in the top-level {@code "kind"} property; values nested
 * inside a document (a partner, a contact, …) carry no kind. The names are stable API: systems store
 * and route on them.
 */
public enum DocumentKind {
    /** A joint-response agreement ({@link Agreement}). */
    AGREEMENT("agreement", Agreement.class),
    /** A partner's incident report ({@link IncidentReport}). */
    INCIDENT_REPORT("incidentReport", IncidentReport.class),
    /** A request for the partner's evidence ({@link EvidenceRequest}). */
    EVIDENCE_REQUEST("evidenceRequest", EvidenceRequest.class),
    /** A release of damage-prevention information ({@link PreventionRelease}). */
    PREVENTION_RELEASE("preventionRelease", PreventionRelease.class),
    /**
     * A disclosure decision ({@link DisclosureDecision}), the one polymorphic kind: an occurrence
     * publication or an arrest publication, which the wire tells apart by a {@code "type"} property.
     */
    DISCLOSURE_DECISION("disclosureDecision", DisclosureDecision.class),
    /** Information shared outside the police ({@link OnwardShare}). */
    ONWARD_SHARE("onwardShare", OnwardShare.class),
    /** A prefectural police's report to the NPA divisions ({@link DivisionReport}). */
    DIVISION_REPORT("divisionReport", DivisionReport.class),
    /** A liaison with JC3 ({@link Jc3Liaison}). */
    JC3_LIAISON("jc3Liaison", Jc3Liaison.class),
    /** A prefectural police's annual report ({@link AnnualReport}). */
    ANNUAL_REPORT("annualReport", AnnualReport.class),
    /** The NPA's national compilation of the annual reports ({@link NationalCompilation}). */
    NATIONAL_COMPILATION("nationalCompilation", NationalCompilation.class),
    /** The record of an NPA notice: numbers, date of issue, header and references ({@link Notice}). */
    NOTICE("notice", Notice.class);

    /** values() copies its array on every call; lookups on the read and write paths use this one. */
    private static final DocumentKind[] ALL = values();

    private final String wireName;
    private final Class<? extends Document> type;

    DocumentKind(String wireName, Class<? extends Document> type) {
        this.wireName = wireName;
        this.type = type;
    }

    /**
     * The value types of every kind, worked out on first use rather than with the kinds: reading a
     * sealed type's permitted subclasses costs a fresh JVM milliseconds that reading or writing a
     * document does not need.
     */
    private static final class ValueTypes {
        static final Map<DocumentKind, List<Class<? extends Document>>> BY_KIND = byKind();

        private static Map<DocumentKind, List<Class<? extends Document>>> byKind() {
            Map<DocumentKind, List<Class<? extends Document>>> byKind = new EnumMap<>(DocumentKind.class);
            for (DocumentKind kind : ALL) {
                // A polymorphic kind is a sealed interface; its value types are what it permits, so
                // that a new subtype is one edit of that permits clause.
                List<Class<? extends Document>> types = new ArrayList<>();
                for (Class<?> type : kind.type.isInterface() ? kind.type.getPermittedSubclasses() : new Class<?>[] {kind.type}) {
                    types.add(type.asSubclass(Document.class));
                }
                byKind.put(kind, List.copyOf(types));
            }
            return byKind;
        }
    }

    /**
     * Returns the name of this kind, the value of the {@code "kind"} property on the wire, such as
     * {@code agreement}.
     *
     * @return the name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the model type of documents of this kind.
     *
     * @return the model type, such as {@code Agreement.class} or {@code DisclosureDecision.class}
     */
    public Class<? extends Document> type() {
        return type;
    }

    /**
     * Tells whether documents of this kind are of one of several value types, which the wire tells
     * apart by a type property: true for {@link #DISCLOSURE_DECISION} alone.
     *
     * @return true when the model type is a sealed interface over several value types
     */
    public boolean isPolymorphic() {
        return type.isInterface();
    }

    /**
     * Returns the value types that documents of this kind are built as: the model type itself, or,
     * for a polymorphic kind, the types it permits, in the order its declaration lists them.
     *
     * @return the value types, such as {@code [OccurrencePublication.class, ArrestPublication.class]}
     */
    public List<Class<? extends Document>> valueTypes() {
        return ValueTypes.BY_KIND.get(this);
    }

    /**
     * Returns the file name of the JSON Schema that the wire format publishes for this kind, such as
     * {@code agreement.schema.json}.
     *
     * @return the file name
     */
    public String schemaFileName() {
        return wireName + ".schema.json";
    }

    /**
     * Returns the kind of a document.
     *
     * @param document a document, not null
     * @return its kind
     */
    public static DocumentKind of(Document document) {
        Objects.requireNonNull(document, "document");
        for (DocumentKind k : ALL) {
            if (k.type.isInstance(document)) {
                return k;
            }
        }
        // Document is sealed and every type it permits is the type of a kind (DocumentKindTest).
        throw new IllegalStateException("No kind for " + document.getClass().getName());
    }

    /**
     * Finds the kind a {@code "kind"} property names.
     *
     * @param wireName the name, not null
     * @return the kind, or empty when no kind has that name
     */
    public static Optional<DocumentKind> ofWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (DocumentKind k : ALL) {
            if (k.wireName.equals(wireName)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the kind of documents of a model type or of one of its subtypes.
     *
     * @param type a model type such as {@code Agreement.class} or {@code OccurrencePublication.class}, not null
     * @return the kind, or empty when the type is not a document type
     */
    public static Optional<DocumentKind> ofType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        for (DocumentKind k : ALL) {
            if (k.type.isAssignableFrom(type)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
