package io.jointresponse.core.incident;

import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.organisation.PoliceDivision;
import io.jointresponse.core.privacy.BusinessIdentifying;
import io.jointresponse.core.privacy.PersonalData;
import io.jointresponse.core.record.Consent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A report (通報) of a cybercrime that a partner makes to the police under its agreement
 * (notice 217, §3).
 */
@Value.Immutable
public abstract non-sealed class IncidentReport implements Document {

    IncidentReport() {}

    /** @return the identifier of the report */
    public abstract String id();

    /** @return the identifier of the agreement the report is made under */
    public abstract String agreementId();

    /** @return the crimes reported; each must be one the agreement lists (rule INC-001) */
    public abstract List<CrimeType> crimeTypes();

    /** @return when the crime occurred, as far as known */
    public abstract OffsetDateTime occurredAt();

    /** @return when the partner detected it */
    public abstract OffsetDateTime detectedAt();

    /** @return when the partner reported it to the police */
    public abstract OffsetDateTime reportedAt();

    /** @return what happened, in words; it describes the business and is classified */
    @BusinessIdentifying
    @Value.Redacted
    public abstract String summary();

    /**
     * Tells whether the report suggests a cyber attack, such as one on critical infrastructure,
     * which the security division must then also see (notice 217, §3; rule INC-003); a report that
     * does not is of a cybercrime, which the community safety division handles.
     *
     * @return true when a cyber attack is suspected; false by default
     */
    @Value.Default
    public boolean suspectedCyberAttack() {
        return false;
    }

    /**
     * Returns the division that received the report: the community safety division under a
     * joint-response agreement, or the security division through an existing channel (notice 217,
     * §1). Information goes from it to the other as the case needs (§3; rule INC-003).
     *
     * @return the receiving division, where recorded
     */
    public abstract Optional<PoliceDivision> receivedBy();

    /** @return the police divisions the report was shared with */
    public abstract Set<PoliceDivision> sharedWith();

    /**
     * Returns the consent of the partner's customer to the report, where the agreement makes
     * reporting conditional on it (rule INC-005).
     *
     * @return the consent, where recorded
     */
    public abstract Optional<Consent> customerConsent();

    /** @return the person who reported, where recorded */
    @PersonalData
    public abstract Optional<Contact> reporter();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IncidentReport}. */
    public static final class Builder extends ImmutableIncidentReport.Builder {}
}
