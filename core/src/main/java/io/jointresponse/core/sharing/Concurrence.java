package io.jointresponse.core.sharing;

import io.jointresponse.core.organisation.NpaRole;
import java.time.OffsetDateTime;
import org.immutables.value.Value;

/**
 * One NPA division's concurrence in a decision to share (notice 217, §7: 両課が協議して行う).
 */
@Value.Immutable
public abstract class Concurrence {

    Concurrence() {}

    /** @return the role of the division that concurred */
    public abstract NpaRole division();

    /** @return when it concurred */
    public abstract OffsetDateTime concurredAt();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a concurrence.
     *
     * @param division the division's role, not null
     * @param concurredAt when it concurred, not null
     * @return the concurrence
     */
    public static Concurrence of(NpaRole division, OffsetDateTime concurredAt) {
        return builder().division(division).concurredAt(concurredAt).build();
    }

    /** Builds a {@link Concurrence}. */
    public static final class Builder extends ImmutableConcurrence.Builder {}
}
