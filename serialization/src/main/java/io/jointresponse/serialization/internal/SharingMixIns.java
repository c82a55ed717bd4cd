package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.jc3.DisclosureExemption;
import io.jointresponse.core.jc3.ExemptionBasis;
import io.jointresponse.core.jc3.HandlingMarking;
import io.jointresponse.core.jc3.Jc3Information;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.jc3.Jc3ProvidedInformation;
import io.jointresponse.core.jc3.Jc3Subject;
import io.jointresponse.core.jc3.ProvisionOrigin;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.sharing.Concurrence;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.core.sharing.RecipientType;
import io.jointresponse.core.sharing.ShareSource;
import io.jointresponse.core.sharing.SourceOrigin;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Wire mix-ins of {@code io.jointresponse.core.sharing} and {@code .jc3}. */
final class SharingMixIns {

    private SharingMixIns() {}

    static void register(MixInRegistry r) {
        r.add(OnwardShare.class, OnwardShareMixIn.class, OnwardShare.Builder.class, OnwardShareBuilderMixIn.class);
        r.add(Recipient.class, RecipientMixIn.class, Recipient.Builder.class, RecipientBuilderMixIn.class);
        r.add(Concurrence.class, ConcurrenceMixIn.class, Concurrence.Builder.class, ConcurrenceBuilderMixIn.class);
        r.add(DivisionReport.class, DivisionReportMixIn.class, DivisionReport.Builder.class, DivisionReportBuilderMixIn.class);
        r.add(Jc3Liaison.class, Jc3LiaisonMixIn.class, Jc3Liaison.Builder.class, Jc3LiaisonBuilderMixIn.class);
        r.add(Jc3Information.class, Jc3InformationMixIn.class, Jc3Information.Builder.class, Jc3InformationBuilderMixIn.class);
        r.add(Jc3ProvidedInformation.class, Jc3ProvidedInformationMixIn.class, Jc3ProvidedInformation.Builder.class,
                Jc3ProvidedInformationBuilderMixIn.class);
        r.add(DisclosureExemption.class, DisclosureExemptionMixIn.class, DisclosureExemption.Builder.class,
                DisclosureExemptionBuilderMixIn.class);
        r.add(ShareSource.class, ShareSourceMixIn.class, ShareSource.Builder.class, ShareSourceBuilderMixIn.class);
    }

    abstract static class OnwardShareMixIn {
        @JsonProperty("id") abstract String id();
        @JsonProperty("recipients") abstract List<Recipient> recipients();
        @JsonProperty("crimeTypes") abstract List<CrimeType> crimeTypes();
        @JsonProperty("sector") abstract Optional<Sector> sector();
        @JsonProperty("modusOperandi") abstract String modusOperandi();
        @JsonProperty("indicators") abstract List<String> indicators();
        @JsonProperty("sources") abstract List<ShareSource> sources();
        @JsonProperty("sourceAgreementId") abstract Optional<String> sourceAgreementId();
        @JsonProperty("businessName") abstract Optional<String> businessName();
        @JsonProperty("corporateNumber") abstract Optional<String> corporateNumber();
        @JsonProperty("incidentSummary") abstract Optional<String> incidentSummary();
        @JsonProperty("people") abstract List<Contact> people();
        @JsonProperty("personalIdentifiers") abstract List<String> personalIdentifiers();
        @JsonProperty("concurrences") abstract List<Concurrence> concurrences();
        @JsonProperty("preparedAt") abstract OffsetDateTime preparedAt();
        @JsonProperty("sharedAt") abstract Optional<OffsetDateTime> sharedAt();
    }

    abstract static class OnwardShareBuilderMixIn {
        @JsonProperty("id") abstract Object id(String value);
        @JsonProperty("recipients") abstract Object recipients(Iterable<? extends Recipient> value);
        @JsonProperty("crimeTypes") abstract Object crimeTypes(Iterable<? extends CrimeType> value);
        @JsonProperty("sector") abstract Object sector(Optional<? extends Sector> value);
        @JsonProperty("modusOperandi") abstract Object modusOperandi(String value);
        @JsonProperty("indicators") abstract Object indicators(Iterable<String> value);
        @JsonProperty("sources") abstract Object sources(Iterable<? extends ShareSource> value);
        @JsonProperty("sourceAgreementId") abstract Object sourceAgreementId(Optional<String> value);
        @JsonProperty("businessName") abstract Object businessName(Optional<String> value);
        @JsonProperty("corporateNumber") abstract Object corporateNumber(Optional<String> value);
        @JsonProperty("incidentSummary") abstract Object incidentSummary(Optional<String> value);
        @JsonProperty("people") abstract Object people(Iterable<? extends Contact> value);
        @JsonProperty("personalIdentifiers") abstract Object personalIdentifiers(Iterable<String> value);
        @JsonProperty("concurrences") abstract Object concurrences(Iterable<? extends Concurrence> value);
        @JsonProperty("preparedAt") abstract Object preparedAt(OffsetDateTime value);
        @JsonProperty("sharedAt") abstract Object sharedAt(Optional<? extends OffsetDateTime> value);
    }

    abstract static class RecipientMixIn {
        @JsonProperty("type") abstract RecipientType type();
        @JsonProperty("name") abstract String name();
    }

    abstract static class RecipientBuilderMixIn {
        @JsonProperty("type") abstract Object type(RecipientType value);
        @JsonProperty("name") abstract Object name(String value);
    }

    abstract static class ConcurrenceMixIn {
        @JsonProperty("division") abstract NpaRole division();
        @JsonProperty("concurredAt") abstract OffsetDateTime concurredAt();
    }

    abstract static class ConcurrenceBuilderMixIn {
        @JsonProperty("division") abstract Object division(NpaRole value);
        @JsonProperty("concurredAt") abstract Object concurredAt(OffsetDateTime value);
    }

    abstract static class DivisionReportMixIn {
        @JsonProperty("id") abstract String id();
        @JsonProperty("prefecture") abstract Prefecture prefecture();
        @JsonProperty("reportedAt") abstract OffsetDateTime reportedAt();
        @JsonProperty("addressedTo") abstract Set<NpaRole> addressedTo();
        @JsonProperty("crimeTypes") abstract List<CrimeType> crimeTypes();
        @JsonProperty("summary") abstract String summary();
    }

    abstract static class DivisionReportBuilderMixIn {
        @JsonProperty("id") abstract Object id(String value);
        @JsonProperty("prefecture") abstract Object prefecture(Prefecture value);
        @JsonProperty("reportedAt") abstract Object reportedAt(OffsetDateTime value);
        @JsonProperty("addressedTo") abstract Object addressedTo(Iterable<NpaRole> value);
        @JsonProperty("crimeTypes") abstract Object crimeTypes(Iterable<? extends CrimeType> value);
        @JsonProperty("summary") abstract Object summary(String value);
    }

    abstract static class Jc3LiaisonMixIn {
        @JsonProperty("id") abstract String id();
        @JsonProperty("prefecture") abstract Optional<Prefecture> prefecture();
        @JsonProperty("subject") abstract Jc3Subject subject();
        @JsonProperty("channel") abstract Optional<NpaRole> channel();
        @JsonProperty("at") abstract OffsetDateTime at();
        @JsonProperty("summary") abstract Optional<String> summary();
        @JsonProperty("marking") abstract HandlingMarking marking();
        @JsonProperty("disclosureExemption") abstract Optional<DisclosureExemption> disclosureExemption();
        @JsonProperty("receivedInformation") abstract List<Jc3Information> receivedInformation();
        @JsonProperty("providedInformation") abstract List<Jc3ProvidedInformation> providedInformation();
    }

    abstract static class Jc3LiaisonBuilderMixIn {
        @JsonProperty("id") abstract Object id(String value);
        @JsonProperty("prefecture") abstract Object prefecture(Optional<? extends Prefecture> value);
        @JsonProperty("subject") abstract Object subject(Jc3Subject value);
        @JsonProperty("channel") abstract Object channel(Optional<? extends NpaRole> value);
        @JsonProperty("at") abstract Object at(OffsetDateTime value);
        @JsonProperty("summary") abstract Object summary(Optional<String> value);
        @JsonProperty("marking") abstract Object marking(HandlingMarking value);
        @JsonProperty("disclosureExemption") abstract Object disclosureExemption(Optional<? extends DisclosureExemption> value);
        @JsonProperty("receivedInformation") abstract Object receivedInformation(Iterable<? extends Jc3Information> value);
        @JsonProperty("providedInformation") abstract Object providedInformation(Iterable<? extends Jc3ProvidedInformation> value);
    }

    abstract static class Jc3InformationMixIn {
        @JsonProperty("reference") abstract String reference();
        @JsonProperty("receivedAt") abstract OffsetDateTime receivedAt();
        @JsonProperty("marking") abstract HandlingMarking marking();
        @JsonProperty("disclosureExemption") abstract Optional<DisclosureExemption> disclosureExemption();
        @JsonProperty("summary") abstract Optional<String> summary();
    }

    abstract static class Jc3InformationBuilderMixIn {
        @JsonProperty("reference") abstract Object reference(String value);
        @JsonProperty("receivedAt") abstract Object receivedAt(OffsetDateTime value);
        @JsonProperty("marking") abstract Object marking(HandlingMarking value);
        @JsonProperty("disclosureExemption") abstract Object disclosureExemption(Optional<? extends DisclosureExemption> value);
        @JsonProperty("summary") abstract Object summary(Optional<String> value);
    }

    abstract static class Jc3ProvidedInformationMixIn {
        @JsonProperty("reference") abstract String reference();
        @JsonProperty("providedAt") abstract OffsetDateTime providedAt();
        @JsonProperty("origin") abstract ProvisionOrigin origin();
        @JsonProperty("summary") abstract Optional<String> summary();
    }

    abstract static class Jc3ProvidedInformationBuilderMixIn {
        @JsonProperty("reference") abstract Object reference(String value);
        @JsonProperty("providedAt") abstract Object providedAt(OffsetDateTime value);
        @JsonProperty("origin") abstract Object origin(ProvisionOrigin value);
        @JsonProperty("summary") abstract Object summary(Optional<String> value);
    }

    abstract static class DisclosureExemptionMixIn {
        @JsonProperty("basis") abstract ExemptionBasis basis();
        @JsonProperty("approvedBy") abstract String approvedBy();
        @JsonProperty("approvedAt") abstract OffsetDateTime approvedAt();
        @JsonProperty("description") abstract Optional<String> description();
    }

    abstract static class DisclosureExemptionBuilderMixIn {
        @JsonProperty("basis") abstract Object basis(ExemptionBasis value);
        @JsonProperty("approvedBy") abstract Object approvedBy(String value);
        @JsonProperty("approvedAt") abstract Object approvedAt(OffsetDateTime value);
        @JsonProperty("description") abstract Object description(Optional<String> value);
    }

    abstract static class ShareSourceMixIn {
        @JsonProperty("origin") abstract SourceOrigin origin();
        @JsonProperty("reference") abstract Optional<String> reference();
        @JsonProperty("disclosureExemption") abstract Optional<DisclosureExemption> disclosureExemption();
    }

    abstract static class ShareSourceBuilderMixIn {
        @JsonProperty("origin") abstract Object origin(SourceOrigin value);
        @JsonProperty("reference") abstract Object reference(Optional<String> value);
        @JsonProperty("disclosureExemption") abstract Object disclosureExemption(Optional<? extends DisclosureExemption> value);
    }
}
