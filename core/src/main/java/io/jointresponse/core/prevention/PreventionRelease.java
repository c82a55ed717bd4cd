package io.jointresponse.core.prevention;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The release of damage-prevention information to a partner (notice 217, §5). It goes without
 * delay (遅滞なく; rule PRV-002), and only after a senior investigator has checked that it does not
 * hinder the investigation or the trial (rule PRV-001).
 */
@Value.Immutable
public abstract non-sealed class PreventionRelease implements Document {

    PreventionRelease() {}

    /** @return the identifier of the release */
    public abstract String id();

    /** @return the identifier of the agreement with the partner who receives it */
    public abstract String agreementId();

    /** @return where the information came from */
    public abstract InformationSource source();

    /** @return when the police obtained the information */
    public abstract OffsetDateTime obtainedAt();

    /** @return when it was released to the partner; empty while not yet released */
    public abstract Optional<OffsetDateTime> releasedAt();

    /** @return what is released, such as indicators of the malware's communication; it may describe the business */
    @BusinessIdentifying
    @Value.Redacted
    public abstract String content();

    /** @return the hindrance check made before the release (rule PRV-001) */
    public abstract Optional<HindranceCheck> hindranceCheck();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PreventionRelease}. */
    public static final class Builder extends ImmutablePreventionRelease.Builder {}
}
