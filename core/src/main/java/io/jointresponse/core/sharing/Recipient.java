package io.jointresponse.core.sharing;

import org.immutables.value.Value;

/**
 * One recipient of an onward share: an organisation outside the police, never a person.
 */
@Value.Immutable
public abstract class Recipient {

    Recipient() {}

    /** @return what kind of recipient it is */
    public abstract RecipientType type();

    /** @return the organisation's or activity's name */
    public abstract String name();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a recipient.
     *
     * @param type the kind of recipient, not null
     * @param name the organisation's or activity's name, not null
     * @return the recipient
     */
    public static Recipient of(RecipientType type, String name) {
        return builder().type(type).name(name).build();
    }

    /** Builds a {@link Recipient}. */
    public static final class Builder extends ImmutableRecipient.Builder {}
}
