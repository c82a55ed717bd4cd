package io.jointresponse.core.agreement;

import io.jointresponse.core.privacy.BusinessIdentifying;
import io.jointresponse.core.privacy.PersonalData;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The private business (民間事業者) that signs a joint-response agreement.
 */
@Value.Immutable
public abstract class Partner {

    Partner() {}

    /** @return the business's name */
    @BusinessIdentifying
    @Value.Redacted
    public abstract String name();

    /** @return the 13-digit corporate number (法人番号), where known */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> corporateNumber();

    /** @return the business sector; {@link Sector#OTHER} needs a basis for adding the partner */
    public abstract Sector sector();

    /** @return a description of the sector when it is {@link Sector#OTHER}, such as {@code 電気事業者} */
    public abstract Optional<String> sectorDescription();

    /**
     * Tells whether the business already shares information with the security division of the same
     * prefectural police to prevent cyber attacks (notice 217, §1, third paragraph). A separate
     * agreement is then not required: the existing channel can serve instead.
     *
     * @return true when such a channel exists; false by default
     */
    @Value.Default
    public boolean securityDivisionChannel() {
        return false;
    }

    /** @return whether the business outsources its security (notice 217, §2) */
    public abstract OutsourcingStatus outsourcing();

    /** @return the security vendors it outsources to; needed when {@link #outsourcing()} says so */
    public abstract List<SecurityVendor> securityVendors();

    /** @return the people to contact at the business */
    @PersonalData
    public abstract List<Contact> contacts();

    /**
     * Tells whether a security vendor is the police's practical counterpart for this partner.
     *
     * @return true when any recorded vendor is the practical counterpart
     */
    public final boolean hasVendorCounterpart() {
        // By index: the list is empty, a singleton or an unmodifiable ArrayList (all random access),
        // and an iterator over one of three list classes is an allocation the JIT cannot remove.
        List<SecurityVendor> vendors = securityVendors();
        for (int i = 0, n = vendors.size(); i < n; i++) {
            if (vendors.get(i).practicalCounterpart()) {
                return true;
            }
        }
        return false;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Partner}. */
    public static final class Builder extends ImmutablePartner.Builder {}
}
