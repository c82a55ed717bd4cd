package io.jointresponse.core.organisation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A unit of the National Police Agency (a division of a bureau or of the Commissioner-General's
 * Secretariat) as dated reference data: its name, the roles the notices give it, and the days on
 * which the record applies.
 *
 * <p>Rules refer to {@link NpaRole roles}, never to names: {@link NpaUnits#holding(NpaRole,
 * LocalDate)} tells which unit held a role on a day, so that a reorganisation (such as the creation
 * of the Cyber Affairs Bureau on 2022-04-01) is a change of data, not of logic.
 */
@Value.Immutable
public abstract class NpaUnit {

    NpaUnit() {}

    /** @return the full Japanese name as headers write it, such as {@code 警察庁生活安全局情報技術犯罪対策課} */
    public abstract String japaneseName();

    /** @return an English name, such as {@code Cybercrime Division, Community Safety Bureau} */
    public abstract String englishName();

    /** @return the roles the unit holds while the record applies; possibly empty */
    public abstract Set<NpaRole> roles();

    /**
     * Returns the code that stands for the unit in notice numbers, such as {@code 情対} in
     * {@code 警察庁丁情対発第217号}.
     *
     * @return the code, where known
     */
    public abstract Optional<String> noticeNumberCode();

    /** @return the first day on which the record applies */
    public abstract LocalDate validFrom();

    /** @return the last day on which the record applies (inclusive); empty while it still applies */
    public abstract Optional<LocalDate> validUntil();

    /**
     * Tells whether the record applies on a day.
     *
     * @param day the day, not null
     * @return true from {@link #validFrom()} to {@link #validUntil()}, both included
     */
    public final boolean isValidOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(validFrom()) && validUntil().map(u -> !day.isAfter(u)).orElse(true);
    }

    /**
     * Tells whether the unit holds a role (while the record applies).
     *
     * @param role the role, not null
     * @return true when {@link #roles()} contains it
     */
    public final boolean holds(NpaRole role) {
        return roles().contains(Objects.requireNonNull(role, "role"));
    }

    /**
     * Returns the title of the head of the unit as issuers sign notices, such as
     * {@code 警察庁生活安全局情報技術犯罪対策課長}.
     *
     * @return the Japanese name followed by {@code 長}
     */
    public final String headTitle() {
        return japaneseName() + "長";
    }

    @Value.Check
    void check() {
        if (validUntil().isPresent() && validUntil().get().isBefore(validFrom())) {
            throw new IllegalStateException("The record of " + japaneseName() + " ends (" + validUntil().get()
                    + ") before it begins (" + validFrom() + ")");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link NpaUnit}. */
    public static final class Builder extends ImmutableNpaUnit.Builder {}
}
