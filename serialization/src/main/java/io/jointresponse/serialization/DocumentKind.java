package io.jointresponse.serialization;

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
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of document the wire format carries, each named on the wire by the top-level
 * {@code "kind"} property. Values nested inside a document (a partner, a contact, …) carry no kind.
 *
 * <p>The wire names are stable API: systems store and route on them.
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
     * A disclosure decision ({@link DisclosureDecision}); its {@code "type"} property says which:
     * {@code "occurrencePublication"} or {@code "arrestPublication"}.
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
    private final Class<?> type;

    DocumentKind(String wireName, Class<?> type) {
        this.wireName = wireName;
        this.type = type;
    }

    /**
     * Returns the value of the {@code "kind"} property for this kind, such as {@code agreement}.
     *
     * @return the wire name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the model type of documents of this kind.
     *
     * @return the model type, such as {@code Agreement.class}
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Returns the name of the JSON Schema resource of this kind, such as
     * {@code agreement.schema.json}.
     *
     * @return the file name
     */
    public String schemaFileName() {
        return wireName + ".schema.json";
    }

    /**
     * Finds the kind a {@code "kind"} property names.
     *
     * @param wireName the wire name, not null
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
     * @return the kind, or empty when documents of that type are not on the wire
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
