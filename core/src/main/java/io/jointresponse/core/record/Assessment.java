package io.jointresponse.core.record;

import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An assessment made by the police before a decision, such as whether publication hinders the investigation (notice 217, §6(1)).
 */
@Value.Immutable
public abstract class Assessment {

    Assessment() {}

    /** @return when the assessment was made */
    public abstract OffsetDateTime assessedAt();

    /** @return the conclusion in words; may describe the business, so it is classified */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> summary();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an entry with no summary.
     *
     * @param assessedAt when the assessment was made, not null
     * @return the entry
     */
    public static Assessment at(OffsetDateTime assessedAt) {
        return builder().assessedAt(assessedAt).build();
    }

    /** Builds an {@link Assessment}. */
    public static final class Builder extends ImmutableAssessment.Builder {}
}
