package io.jointresponse.validation.internal;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.calendar.JapanStandardTime;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.investigation.EvidenceRequest;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The date that decides which notice governs a record, and where it is in the record: the day the
 * act the notice rules was done. Times are read as days in Japan, where the notices apply.
 *
 * <ul>
 *   <li>agreement: the conclusion; for an existing-channel arrangement, the establishment of its
 *       channel; for a draft, the start of drafting</li>
 *   <li>incident report: when it was reported; evidence request: when it was made</li>
 *   <li>prevention release: when the information was released, or, while unreleased, obtained</li>
 *   <li>publication decision: when it was decided</li>
 *   <li>onward share: when it was sent, or, while unsent, prepared; division report: when it was made</li>
 *   <li>JC3 liaison: when it took place</li>
 *   <li>annual report and national compilation: the last day of the period reported on</li>
 *   <li>notice record: none (its rules are the conventions of the headers, not a notice's)</li>
 * </ul>
 */
public final class GoverningDate {

    private static final ZoneId JAPAN = JapanStandardTime.OFFSET;

    /**
     * A governing date and where the record holds it.
     *
     * @param day the day
     * @param pointer the place of the date in the document
     */
    public record Dated(LocalDate day, JsonPointer pointer) {}

    private GoverningDate() {}

    /**
     * Returns the governing date of a document.
     *
     * @param document a document, not null
     * @return the date and its place; empty when the document has none
     */
    public static Optional<Dated> of(Object document) {
        if (document instanceof Agreement a) {
            return agreement(a);
        } else if (document instanceof IncidentReport r) {
            return at(r.reportedAt(), "reportedAt");
        } else if (document instanceof EvidenceRequest r) {
            return at(r.requestedAt(), "requestedAt");
        } else if (document instanceof PreventionRelease r) {
            return r.releasedAt().isPresent() ? at(r.releasedAt().get(), "releasedAt") : at(r.obtainedAt(), "obtainedAt");
        } else if (document instanceof DisclosureDecision d) {
            return at(d.decidedAt(), "decidedAt");
        } else if (document instanceof OnwardShare s) {
            return s.sharedAt().isPresent() ? at(s.sharedAt().get(), "sharedAt") : at(s.preparedAt(), "preparedAt");
        } else if (document instanceof DivisionReport r) {
            return at(r.reportedAt(), "reportedAt");
        } else if (document instanceof Jc3Liaison l) {
            return at(l.at(), "at");
        } else if (document instanceof AnnualReport r) {
            return Optional.of(new Dated(r.period().end(), JsonPointer.of("period", "end")));
        } else if (document instanceof NationalCompilation c) {
            return Optional.of(new Dated(c.period().end(), JsonPointer.of("period", "end")));
        }
        return Optional.empty();
    }

    private static Optional<Dated> agreement(Agreement a) {
        if (a.arrangement() == ArrangementType.EXISTING_CHANNEL && a.existingChannel().isPresent()) {
            return Optional.of(new Dated(a.existingChannel().get().establishedOn(), JsonPointer.of("existingChannel", "establishedOn")));
        }
        if (a.concludedOn().isPresent()) {
            return Optional.of(new Dated(a.concludedOn().get(), JsonPointer.of("concludedOn")));
        }
        return a.draftedOn().map(d -> new Dated(d, JsonPointer.of("draftedOn")));
    }

    private static Optional<Dated> at(OffsetDateTime time, String property) {
        return Optional.of(new Dated(time.atZoneSameInstant(JAPAN).toLocalDate(), JsonPointer.of(property)));
    }
}
