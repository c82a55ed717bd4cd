package io.jointresponse.core.jc3;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One liaison of the police with JC3 (notice 185, §3(1)), in either direction: what JC3 provided
 * ({@link #receivedInformation()}) and what the police provided to JC3
 * ({@link #providedInformation()}; §2: 捜査等で得られた情報も含め、JC3への積極的な情報提供に努める).
 *
 * <p>Whichever way information flows, the liaison goes through the cybercrime division or the
 * security planning division of the NPA, whichever suits its content (rule JC3-001). What JC3
 * provided, and other information about JC3 such as the record of this liaison, is not disclosed
 * to third parties in principle (rule JC3-002).
 */
@Value.Immutable
public abstract non-sealed class Jc3Liaison implements Document {

    Jc3Liaison() {}

    /** @return the identifier of the liaison */
    public abstract String id();

    /** @return the prefectural police that asked for it, if one did */
    public abstract Optional<Prefecture> prefecture();

    /** @return what it is about */
    public abstract Jc3Subject subject();

    /** @return the NPA division it goes through, by role (rule JC3-001) */
    public abstract Optional<NpaRole> channel();

    /** @return when it took place */
    public abstract OffsetDateTime at();

    /** @return what was discussed or asked, in words; it may describe a business and is classified */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> summary();

    /**
     * Returns how the record of the liaison itself is marked for handling: it is information about
     * JC3 (JC3に関する情報), kept like what JC3 provided (rule JC3-002).
     *
     * @return the marking; confidential by default
     */
    @Value.Default
    public HandlingMarking marking() {
        return HandlingMarking.CONFIDENTIAL;
    }

    /** @return the exception that allows disclosing the record of the liaison, where one was approved (rule JC3-002) */
    public abstract Optional<DisclosureExemption> disclosureExemption();

    /** @return what JC3 provided in this liaison */
    public abstract List<Jc3Information> receivedInformation();

    /** @return what the police provided to JC3 in this liaison */
    public abstract List<Jc3ProvidedInformation> providedInformation();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Jc3Liaison}. */
    public static final class Builder extends ImmutableJc3Liaison.Builder {}
}
