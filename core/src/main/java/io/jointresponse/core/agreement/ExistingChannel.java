package io.jointresponse.core.agreement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The information-sharing channel a business already has with the security division of the
 * prefectural police (notice 217, §1, third paragraph: 既に都道府県警察の警備部門と民間事業者との間で、
 * サイバー攻撃の未然防止等を目的とした情報共有体制が確立されている場合).
 *
 * <p>Where such a channel exists, the notice says not to insist on a joint-response agreement but
 * to use the channel, encourage reports through it and act across divisions. A record of that
 * arrangement names the channel: with which unit of the security division, and since when.
 */
@Value.Immutable
public abstract class ExistingChannel {

    ExistingChannel() {}

    /**
     * Returns the unit of the security division the business shares information with, such as
     * {@code 警備部公安第一課} or, in the Tokyo Metropolitan Police, {@code 公安部公安総務課}; an
     * organisational unit, not a person.
     *
     * @return the unit
     */
    public abstract String securityUnit();

    /** @return the day the channel was established, from which the arrangement is in force */
    public abstract LocalDate establishedOn();

    /** @return what the channel was set up for, such as {@code サイバー攻撃の未然防止}, where recorded */
    public abstract Optional<String> purpose();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a channel without a recorded purpose.
     *
     * @param securityUnit the unit of the security division, not null
     * @param establishedOn the day it was established, not null
     * @return the channel
     */
    public static ExistingChannel of(String securityUnit, LocalDate establishedOn) {
        return builder().securityUnit(securityUnit).establishedOn(establishedOn).build();
    }

    /** Builds an {@link ExistingChannel}. */
    public static final class Builder extends ImmutableExistingChannel.Builder {}
}
