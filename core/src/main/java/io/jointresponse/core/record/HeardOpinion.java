package io.jointresponse.core.record;

import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The business's opinion, heard and recorded before a decision (notice 217, §6(2): 事業者側の意見を十分に聴いた上で).
 */
@Value.Immutable
public abstract class HeardOpinion {

    HeardOpinion() {}

    /** @return when the opinion was heard */
    public abstract OffsetDateTime heardAt();

    /** @return the opinion in words; may describe the business, so it is classified */
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
     * @param heardAt when the opinion was heard, not null
     * @return the entry
     */
    public static HeardOpinion at(OffsetDateTime heardAt) {
        return builder().heardAt(heardAt).build();
    }

    /** Builds a {@link HeardOpinion}. */
    public static final class Builder extends ImmutableHeardOpinion.Builder {}
}
