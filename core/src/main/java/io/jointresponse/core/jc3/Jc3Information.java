package io.jointresponse.core.jc3;

import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of information received from JC3, with how it is marked for handling. Notice 185, §3(2)
 * forbids its disclosure to third parties in principle (原則として); a disclosure needs a recorded
 * exception (rule JC3-002).
 */
@Value.Immutable
public abstract class Jc3Information {

    Jc3Information() {}

    /** @return JC3's reference for the information */
    public abstract String reference();

    /** @return when the police received it */
    public abstract OffsetDateTime receivedAt();

    /** @return how it is marked for handling; confidential by default */
    @Value.Default
    public HandlingMarking marking() {
        return HandlingMarking.CONFIDENTIAL;
    }

    /** @return the exception that allows disclosing it to a third party, where one was approved (rule JC3-002) */
    public abstract Optional<DisclosureExemption> disclosureExemption();

    /** @return what it is about, in words; confidential under JC3's terms, so it is classified */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> summary();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Jc3Information}. */
    public static final class Builder extends ImmutableJc3Information.Builder {}
}
