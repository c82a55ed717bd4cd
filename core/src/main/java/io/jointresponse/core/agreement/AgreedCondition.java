package io.jointresponse.core.agreement;

import org.immutables.value.Value;

/**
 * A condition the parties agreed, such as "report only with the customer's consent": its kind,
 * which the rules check on the records made under the agreement (rules INC-005 and DSC-004), and its
 * wording as agreed.
 */
@Value.Immutable
public abstract class AgreedCondition {

    AgreedCondition() {}

    /** @return the kind of condition */
    public abstract ConditionKind kind();

    /** @return the condition as the parties worded it */
    public abstract String description();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a condition.
     *
     * @param kind the kind, not null
     * @param description the agreed wording, not null
     * @return the condition
     */
    public static AgreedCondition of(ConditionKind kind, String description) {
        return builder().kind(kind).description(description).build();
    }

    /** Builds an {@link AgreedCondition}. */
    public static final class Builder extends ImmutableAgreedCondition.Builder {}
}
