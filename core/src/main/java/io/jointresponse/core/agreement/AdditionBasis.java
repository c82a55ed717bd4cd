package io.jointresponse.core.agreement;

import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recorded basis for making an agreement with a partner outside the four named sectors
 * (notice 217, §1, second paragraph; rule AGR-001).
 */
@Value.Immutable
public abstract class AdditionBasis {

    AdditionBasis() {}

    /** @return why the partner was added */
    public abstract AdditionReason reason();

    /** @return the necessity in words, such as the incident that prompted the addition; it may name the business */
    @BusinessIdentifying
    @Value.Redacted
    public abstract String description();

    /** @return when the addition was decided, where recorded */
    public abstract Optional<LocalDate> decidedOn();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a basis without a decision date.
     *
     * @param reason why, not null
     * @param description the necessity in words, not null
     * @return the basis
     */
    public static AdditionBasis of(AdditionReason reason, String description) {
        return builder().reason(reason).description(description).build();
    }

    /** Builds an {@link AdditionBasis}. */
    public static final class Builder extends ImmutableAdditionBasis.Builder {}
}
