package io.jointresponse.core.disclosure;

import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Explanation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision on publishing that a cybercrime occurred (発生公表, notice 217, §6(1)).
 *
 * <p>Publishing requires, before the decision, that the necessity and effect of publication were
 * explained to the business and that the hindrance to the investigation and the deterrent effect
 * were assessed (rule DSC-001). For a crime that targets a specified many (特定多数), withholding
 * should be justified, since delay can spread harm (rule DSC-002).
 */
@Value.Immutable
public abstract non-sealed class OccurrencePublication implements DisclosureDecision {

    OccurrencePublication() {}

    /** @return the explanation of the necessity and effect of publication given to the business */
    public abstract Optional<Explanation> necessityExplanation();

    /** @return the assessment of whether publication hinders the investigation */
    public abstract Optional<Assessment> investigationHindranceAssessment();

    /** @return the assessment of the deterrent effect of publication (被害の抑止効果) */
    public abstract Optional<Assessment> deterrentEffectAssessment();

    /**
     * Tells whether the crime or attack targets a specified many (特定多数を対象とした).
     *
     * @return true when it does; false by default
     */
    @Value.Default
    public boolean targetsSpecifiedMany() {
        return false;
    }

    /**
     * Tells whether the modus operandi is published even where the occurrence is not.
     *
     * @return true when the modus operandi is published; false by default
     */
    @Value.Default
    public boolean modusOperandiPublished() {
        return false;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OccurrencePublication}. */
    public static final class Builder extends ImmutableOccurrencePublication.Builder {}
}
