package io.jointresponse.core.record;

import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consent given before a record was made, such as the business's consent to a publication or its
 * customer's consent to a report, where the parties' agreement makes one a condition
 * ({@link io.jointresponse.core.agreement.AgreedCondition}).
 */
@Value.Immutable
public abstract class Consent {

    Consent() {}

    /** @return when the consent was given */
    public abstract OffsetDateTime givenAt();

    /** @return what was consented to, in words; may describe the business, so it is classified */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> summary();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a consent with no summary.
     *
     * @param givenAt when it was given, not null
     * @return the consent
     */
    public static Consent at(OffsetDateTime givenAt) {
        return builder().givenAt(givenAt).build();
    }

    /** Builds a {@link Consent}. */
    public static final class Builder extends ImmutableConsent.Builder {}
}
