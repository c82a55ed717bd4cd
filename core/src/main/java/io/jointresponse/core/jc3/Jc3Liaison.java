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
 * One liaison of the police with JC3 (notice 185, §3(1)). It goes through the cybercrime division
 * or the security planning division of the NPA, whichever suits the subject (rule JC3-001), and
 * what JC3 provides stays confidential (rule JC3-002).
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

    /** @return what JC3 provided in this liaison */
    public abstract List<Jc3Information> receivedInformation();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Jc3Liaison}. */
    public static final class Builder extends ImmutableJc3Liaison.Builder {}
}
