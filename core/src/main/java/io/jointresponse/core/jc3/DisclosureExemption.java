package io.jointresponse.core.jc3;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recorded exception to the rule that information from and about JC3 is not disclosed to third
 * parties (notice 185, §3(2): 原則として第三者への開示等は禁止): on what basis, such as JC3's written
 * consent, who approved it and when.
 *
 * <p>A disclosure with a recorded exception is still reviewed (rules JC3-002 and JC3-003 warn); one
 * without is an error. An exception counts as recorded when it names who approved it and, for
 * {@link ExemptionBasis#OTHER}, describes the ground.
 */
@Value.Immutable
public abstract class DisclosureExemption {

    DisclosureExemption() {}

    /** @return the ground of the exception */
    public abstract ExemptionBasis basis();

    /**
     * Returns who approved the exception: the post of the official (such as 情報技術犯罪対策課長), not a
     * person's name.
     *
     * @return the approver's post
     */
    public abstract String approvedBy();

    /** @return when it was approved */
    public abstract OffsetDateTime approvedAt();

    /** @return the ground in words; required for {@link ExemptionBasis#OTHER} */
    public abstract Optional<String> description();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DisclosureExemption}. */
    public static final class Builder extends ImmutableDisclosureExemption.Builder {}
}
