package io.jointresponse.core.agreement;

import io.jointresponse.core.privacy.BusinessIdentifying;
import org.immutables.value.Value;

/**
 * A security vendor a partner outsources to (notice 217, §2). The practical joint response may be
 * carried out with the vendor rather than the partner itself.
 */
@Value.Immutable
public abstract class SecurityVendor {

    SecurityVendor() {}

    /** @return the vendor's name */
    @BusinessIdentifying
    @Value.Redacted
    public abstract String name();

    /** @return what the vendor does for the partner */
    public abstract VendorKind kind();

    /**
     * Tells whether the vendor, not the partner, is the police's practical counterpart in the joint
     * response (実質的な共同対処はセキュリティ関連事業者と実施する場合).
     *
     * @return true when the vendor is the practical counterpart; false by default
     */
    @Value.Default
    public boolean practicalCounterpart() {
        return false;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a vendor that is not the practical counterpart.
     *
     * @param name the vendor's name, not null
     * @param kind what it does, not null
     * @return the vendor
     */
    public static SecurityVendor of(String name, VendorKind kind) {
        return builder().name(name).kind(kind).build();
    }

    /** Builds a {@link SecurityVendor}. */
    public static final class Builder extends ImmutableSecurityVendor.Builder {}
}
