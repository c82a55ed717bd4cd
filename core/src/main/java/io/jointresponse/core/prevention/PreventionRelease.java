package io.jointresponse.core.prevention;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The release of damage-prevention information to a partner (notice 217, §5). It goes without
 * delay (遅滞なく; rule PRV-002), and only after a senior investigator has checked that it does not
 * hinder the investigation or the trial (rule PRV-001).
 *
 * <p>Information may be held back while releasing it would hinder the investigation or the
 * maintenance of the trial (捜査活動やその後の公判維持に支障を及ぼさない限り), and released once it no longer
 * would: every check is kept, in {@link #hindranceChecks()}, so that the record shows why it waited.
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

    /**
     * Returns every check, by whoever made it, of whether releasing the information hinders the
     * investigation or the trial, in the order recorded. The latest check no later than the release
     * is the one the release rests on (rule PRV-001).
     *
     * @return the checks, possibly empty
     */
    public abstract List<HindranceCheck> hindranceChecks();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PreventionRelease}. */
    public static final class Builder extends ImmutablePreventionRelease.Builder {}
}
