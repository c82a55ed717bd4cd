package io.jointresponse.core.sharing;

import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.privacy.BusinessIdentifying;
import io.jointresponse.core.privacy.PersonalData;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Modus-operandi and other prevention information shared outside the police (notice 217, §7).
 *
 * <p>A raw share, as first drafted from an incident, may still carry the classified attributes
 * ({@link BusinessIdentifying}, {@link PersonalData}); a share that leaves the police must carry
 * none of them (rule SHR-001), which the sanitiser of the validation module ensures. The decision to
 * share needs the concurrence of both NPA divisions (rule SHR-002).
 *
 * <p>Its free text should carry no personal data such as telephone numbers either (rule SHR-004),
 * and its {@linkplain #sources() sources} say where the content came from: content from JC3 does not
 * go to third parties without a recorded exception (notice 185, §3(2); rule JC3-003).
 */
@Value.Immutable
public abstract non-sealed class OnwardShare implements Document {

    OnwardShare() {}

    /** @return the identifier of the share */
    public abstract String id();

    /** @return who receives it */
    public abstract List<Recipient> recipients();

    /** @return the crimes the information concerns */
    public abstract List<CrimeType> crimeTypes();

    /** @return the sector targeted, which does not identify a business by itself */
    public abstract Optional<Sector> sector();

    /** @return the modus operandi (犯罪手口), written without identifying anyone */
    public abstract String modusOperandi();

    /** @return technical indicators, such as malicious domains or file hashes */
    public abstract List<String> indicators();

    /** @return where the content came from (rule JC3-003) */
    public abstract List<ShareSource> sources();

    /** @return the agreement the information came from: it identifies the business */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> sourceAgreementId();

    /** @return the victim business's name */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> businessName();

    /** @return the victim business's corporate number */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> corporateNumber();

    /** @return the incident as the business reported it */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> incidentSummary();

    /** @return people involved, such as reporters or victims */
    @PersonalData
    public abstract List<Contact> people();

    /** @return identifiers of natural persons, such as victims' account names or addresses */
    @PersonalData
    @Value.Redacted
    public abstract List<String> personalIdentifiers();

    /** @return the NPA divisions' concurrences in the decision to share (rule SHR-002) */
    public abstract List<Concurrence> concurrences();

    /** @return when the share was prepared */
    public abstract OffsetDateTime preparedAt();

    /** @return when it was sent, once sent */
    public abstract Optional<OffsetDateTime> sharedAt();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OnwardShare}. */
    public static final class Builder extends ImmutableOnwardShare.Builder {}
}
