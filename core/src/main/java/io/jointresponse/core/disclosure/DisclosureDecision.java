package io.jointresponse.core.disclosure;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.privacy.BusinessIdentifying;
import io.jointresponse.core.record.Consent;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision on whether to publish a cybercrime (notice 217, §6): either an
 * {@link OccurrencePublication} or an {@link ArrestPublication}, nothing else.
 */
public sealed interface DisclosureDecision extends Document permits OccurrencePublication, ArrestPublication {

    /** @return the identifier of the decision */
    String id();

    /** @return the identifier of the agreement with the business concerned */
    String agreementId();

    /** @return the incident report the decision concerns, where there is one */
    Optional<String> incidentReportId();

    /** @return what was decided */
    DisclosureOutcome outcome();

    /** @return when it was decided */
    OffsetDateTime decidedAt();

    /** @return why, in words; it may describe the business and is classified */
    @BusinessIdentifying
    @Value.Redacted
    Optional<String> reason();

    /**
     * Returns the business's consent to publication, where the agreement makes publishing
     * conditional on it (rule DSC-004).
     *
     * @return the consent, where recorded
     */
    Optional<Consent> businessConsent();
}
