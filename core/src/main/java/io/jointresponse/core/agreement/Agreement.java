package io.jointresponse.core.agreement;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.internal.InForce;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A joint-response agreement (共同対処協定) between one prefectural police and one private business
 * (notice 217, §1 to §3), or the existing-channel arrangement that replaces it (§1, third paragraph).
 *
 * <p>The record keeps the dates of its life; whether it is in force on a day is computed from them
 * ({@link #isInForceOn(LocalDate)}). An agreement whose dates and status disagree can still be
 * built, so that rule AGR-005 can report it.
 */
@Value.Immutable
public abstract class Agreement {

    Agreement() {}

    /** @return the identifier of the agreement in the prefectural police's records */
    public abstract String id();

    /** @return the prefecture whose police is the party to the agreement */
    public abstract Prefecture prefecture();

    /** @return the private business that is the other party */
    public abstract Partner partner();

    /** @return the form of the joint response; a joint-response agreement by default */
    @Value.Default
    public ArrangementType arrangement() {
        return ArrangementType.JOINT_RESPONSE_AGREEMENT;
    }

    /** @return the recorded status */
    public abstract AgreementStatus status();

    /** @return the basis for adding a partner outside the named sectors (rule AGR-001) */
    public abstract Optional<AdditionBasis> additionBasis();

    /** @return when drafting began, where recorded */
    public abstract Optional<LocalDate> draftedOn();

    /** @return when the agreement was concluded (締結) */
    public abstract Optional<LocalDate> concludedOn();

    /** @return when the agreement was amended, in the order recorded */
    public abstract List<LocalDate> amendedOn();

    /** @return when the agreement was terminated; it is no longer in force from that day */
    public abstract Optional<LocalDate> terminatedOn();

    /** @return the cybercrimes the partner agreed to report (notice 217, §3) */
    public abstract List<AgreedCrime> reportableCrimes();

    /** @return the conditions the parties agreed, which records made under the agreement must meet (rules INC-005, DSC-004) */
    public abstract List<AgreedCondition> conditions();

    /**
     * Tells whether the parties agreed a condition of a kind.
     *
     * @param kind the kind, not null
     * @return true when a condition of that kind is recorded
     */
    public final boolean hasCondition(ConditionKind kind) {
        Objects.requireNonNull(kind, "kind");
        for (AgreedCondition condition : conditions()) {
            if (condition.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the crime types the partner agreed to report.
     *
     * @return the set of crime types, possibly empty
     */
    public final Set<CrimeType> reportableCrimeTypes() {
        Set<CrimeType> types = EnumSet.noneOf(CrimeType.class);
        reportableCrimes().forEach(c -> types.add(c.type()));
        return types;
    }

    /**
     * Tells whether the agreement is in force on a day, from its dates alone: concluded on or before
     * the day, and not terminated on or before it.
     *
     * @param day the day, not null
     * @return true when in force on that day
     */
    public final boolean isInForceOn(LocalDate day) {
        return InForce.on(concludedOn().orElse(null), terminatedOn().orElse(null), day);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Agreement}. */
    public static final class Builder extends ImmutableAgreement.Builder {}
}
