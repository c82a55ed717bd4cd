package io.jointresponse.core.investigation;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.privacy.BusinessIdentifying;
import io.jointresponse.core.record.Explanation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for evidence held by the partner (notice 217, §4). The method must be chosen so that
 * the partner's business is not disrupted (§4(1); rule INV-001), and the significance of building a
 * case and the harm of the crime should be explained to the partner (§4(2); rule INV-002).
 */
@Value.Immutable
public abstract non-sealed class EvidenceRequest implements Document {

    EvidenceRequest() {}

    /** @return the identifier of the request */
    public abstract String id();

    /** @return the identifier of the agreement with the partner */
    public abstract String agreementId();

    /** @return the incident report the request follows, where there is one */
    public abstract Optional<String> incidentReportId();

    /** @return when the request was made */
    public abstract OffsetDateTime requestedAt();

    /** @return the evidence requested, such as server access logs; it describes the business */
    @BusinessIdentifying
    @Value.Redacted
    public abstract List<String> evidenceItems();

    /** @return how the evidence is collected (rule INV-001) */
    public abstract Optional<CollectionMethod> collectionMethod();

    /**
     * Returns how the collection avoids disrupting the partner's business, such as copying logs
     * outside business hours instead of seizing the servers (rule INV-001).
     *
     * @return the consideration in words; it describes the business and is classified
     */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> businessImpactConsideration();

    /** @return the explanation of the significance of case-building and the harm of the crime (rule INV-002) */
    public abstract Optional<Explanation> significanceExplanation();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EvidenceRequest}. */
    public static final class Builder extends ImmutableEvidenceRequest.Builder {}
}
