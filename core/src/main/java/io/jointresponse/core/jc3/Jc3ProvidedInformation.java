package io.jointresponse.core.jc3;

import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of information the police provided to JC3 (notice 185, §2: 捜査等で得られた情報も含め、
 * JC3への積極的な情報提供に努める): information flows to JC3 as well as from it.
 *
 * <p>It is the police's own information; what §3(2) keeps from third parties is what JC3 provided
 * and other information about JC3, recorded as {@link Jc3Information} and on the liaison itself.
 */
@Value.Immutable
public abstract class Jc3ProvidedInformation {

    Jc3ProvidedInformation() {}

    /** @return the police's reference for the information */
    public abstract String reference();

    /** @return when the police provided it */
    public abstract OffsetDateTime providedAt();

    /** @return where it comes from */
    public abstract ProvisionOrigin origin();

    /** @return what it is about, in words; it may describe a business or a case, so it is classified */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> summary();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Jc3ProvidedInformation}. */
    public static final class Builder extends ImmutableJc3ProvidedInformation.Builder {}
}
