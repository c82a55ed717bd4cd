package io.jointresponse.core.agreement;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.internal.InForce;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A joint-response agreement (共同対処協定) between one prefectural police and one private business
 * (notice 217, §1 to §3), or the existing-channel arrangement used instead of one (§1, third
 * paragraph).
 *
 * <p>An agreement is concluded ({@link #concludedOn()}) and lists the cybercrimes the partner agreed
 * to report. An existing-channel arrangement is not an agreement: it has no conclusion and owes no
 * agreed list of crimes; it names the channel the business already has with the security division
 * ({@link #existingChannel()}), and is in force from the day that channel was established.
 *
 * <p>The record keeps the dates of its life; whether it is in force on a day is computed from them
 * ({@link #isInForceOn(LocalDate)}). A record whose dates and status disagree can still be built, so
 * that rule AGR-005 can report it.
 */
@Value.Immutable
public abstract non-sealed class Agreement implements Document {

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

    /**
     * Returns why a partner outside the four named sectors is a target (notice 217, §1, first or
     * second paragraph; rule AGR-001). An {@link #additionBasis()} alone also records the second.
     *
     * @return the ground, where recorded
     */
    public abstract Optional<TargetGround> targetGround();

    /**
     * Returns the basis for adding the partner as a target (notice 217, §1, second paragraph; rule
     * AGR-001): what made joint response with it necessary, and a description.
     *
     * @return the basis, where recorded
     */
    public abstract Optional<AdditionBasis> additionBasis();

    /**
     * Returns the channel the business already has with the security division, which an
     * {@link ArrangementType#EXISTING_CHANNEL} record names (rule AGR-006).
     *
     * @return the channel, where recorded
     */
    public abstract Optional<ExistingChannel> existingChannel();

    /**
     * Returns why an agreement was made although the partner already shares information with the
     * security division (rule AGR-002): the notice says not to insist on an agreement then, but does
     * not forbid one. It may describe the business.
     *
     * @return the reason, where recorded
     */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> reasonDespiteExistingChannel();

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
     * Returns the day the record took effect: the conclusion of an agreement, or the establishment of
     * the channel of an existing-channel arrangement.
     *
     * @return that day; empty when not recorded
     */
    public final Optional<LocalDate> startedOn() {
        return arrangement() == ArrangementType.EXISTING_CHANNEL
                ? existingChannel().map(ExistingChannel::establishedOn)
                : concludedOn();
    }

    /**
     * Tells whether the record is in force on a day, from its dates alone: started
     * ({@linkplain #startedOn() concluded, or its channel established}) on or before the day, and not
     * terminated on or before it.
     *
     * @param day the day, not null
     * @return true when in force on that day
     */
    public final boolean isInForceOn(LocalDate day) {
        return InForce.on(startedOn().orElse(null), terminatedOn().orElse(null), day);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Agreement}. */
    public static final class Builder extends ImmutableAgreement.Builder {}
}
