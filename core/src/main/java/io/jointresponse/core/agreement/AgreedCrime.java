package io.jointresponse.core.agreement;

import io.jointresponse.core.crime.CrimeType;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cybercrime the partner agreed to report, and what each report of it contains (通報事項),
 * as the parties agreed (notice 217, §3).
 */
@Value.Immutable
public abstract class AgreedCrime {

    AgreedCrime() {}

    /** @return the crime type; {@link CrimeType#OTHER} needs {@link #description()} */
    public abstract CrimeType type();

    /** @return the agreed description of the crime; required for {@link CrimeType#OTHER} */
    public abstract Optional<String> description();

    /** @return the items each report of this crime contains, as agreed */
    public abstract List<String> reportItems();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an agreed catalogue crime with no agreed report items.
     *
     * @param type the crime type, not null
     * @return the agreed crime
     */
    public static AgreedCrime of(CrimeType type) {
        return builder().type(type).build();
    }

    /** Builds an {@link AgreedCrime}. */
    public static final class Builder extends ImmutableAgreedCrime.Builder {}
}
