package io.jointresponse.core.privacy;

import io.jointresponse.core.internal.ImmutablesStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value type that is classified but, on purpose, not fully redacted: the redaction test runs its
 * check on it to prove that the check catches such a leak.
 */
@Value.Immutable
@ImmutablesStyle
public abstract class UnredactedFixture {

    UnredactedFixture() {}

    /** @return a classified attribute without {@code @Value.Redacted}: the leak */
    @PersonalData
    public abstract String name();

    /** @return a classified attribute that is redacted */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> corporateNumber();

    /** @return an unclassified attribute */
    public abstract String note();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UnredactedFixture}. */
    public static final class Builder extends ImmutableUnredactedFixture.Builder {}
}
