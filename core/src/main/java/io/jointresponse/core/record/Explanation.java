package io.jointresponse.core.record;

import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An explanation given to the business, such as why publication is necessary (notice 217, §6).
 */
@Value.Immutable
public abstract class Explanation {

    Explanation() {}

    /** @return when the explanation was given */
    public abstract OffsetDateTime explainedAt();

    /** @return what was explained; may describe the business, so it is classified */
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
     * @param explainedAt when the explanation was given, not null
     * @return the entry
     */
    public static Explanation at(OffsetDateTime explainedAt) {
        return builder().explainedAt(explainedAt).build();
    }

    /** Builds an {@link Explanation}. */
    public static final class Builder extends ImmutableExplanation.Builder {}
}
