package io.jointresponse.core.disclosure;

import io.jointresponse.core.record.Explanation;
import io.jointresponse.core.record.HeardOpinion;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision on publishing an arrest (検挙公表, notice 217, §6(2)).
 *
 * <p>Before deciding, the police explain to the business that publication has a preventive effect
 * against cybercrime aimed at it and reassures its users, and hear and record the business's
 * opinion (rule DSC-003).
 */
@Value.Immutable
public abstract non-sealed class ArrestPublication implements DisclosureDecision {

    ArrestPublication() {}

    /** @return the explanation of the preventive effect of publication for the business */
    public abstract Optional<Explanation> preventiveEffectExplanation();

    /** @return the explanation that publication reassures the business's users */
    public abstract Optional<Explanation> reassuranceExplanation();

    /** @return the business's opinion, heard before the decision */
    public abstract Optional<HeardOpinion> businessOpinion();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ArrestPublication}. */
    public static final class Builder extends ImmutableArrestPublication.Builder {}
}
