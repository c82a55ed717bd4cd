package io.jointresponse.core.agreement;

import io.jointresponse.core.privacy.PersonalData;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person to contact at a business or in the police. Everything but the role is personal data.
 */
@Value.Immutable
public abstract class Contact {

    Contact() {}

    /** @return the person's name */
    @PersonalData
    @Value.Redacted
    public abstract String name();

    /** @return the person's role or department, such as {@code 情報システム部}; not personal data */
    public abstract Optional<String> role();

    /** @return the person's e-mail address */
    @PersonalData
    @Value.Redacted
    public abstract Optional<String> email();

    /** @return the person's telephone number */
    @PersonalData
    @Value.Redacted
    public abstract Optional<String> telephone();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact}. */
    public static final class Builder extends ImmutableContact.Builder {}
}
