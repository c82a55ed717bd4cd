package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.investigation.CollectionMethod;
import io.jointresponse.core.investigation.EvidenceRequest;
import io.jointresponse.core.organisation.PoliceDivision;
import io.jointresponse.core.prevention.CheckerRole;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.HindranceConclusion;
import io.jointresponse.core.prevention.InformationSource;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.core.record.Consent;
import io.jointresponse.core.record.Explanation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Wire mix-ins of {@code io.jointresponse.core.incident}, {@code .investigation} and
 * {@code .prevention}: what follows a partner's report.
 */
final class IncidentMixIns {

    private IncidentMixIns() {}

    static void register(MixInRegistry r) {
        r.add(IncidentReport.class, IncidentReportMixIn.class, IncidentReport.Builder.class, IncidentReportBuilderMixIn.class);
        r.add(EvidenceRequest.class, EvidenceRequestMixIn.class, EvidenceRequest.Builder.class, EvidenceRequestBuilderMixIn.class);
        r.add(PreventionRelease.class, PreventionReleaseMixIn.class, PreventionRelease.Builder.class, PreventionReleaseBuilderMixIn.class);
        r.add(HindranceCheck.class, HindranceCheckMixIn.class, HindranceCheck.Builder.class, HindranceCheckBuilderMixIn.class);
    }

    abstract static class IncidentReportMixIn {
        @JsonProperty("id") abstract String id();
        @JsonProperty("agreementId") abstract String agreementId();
        @JsonProperty("crimeTypes") abstract List<CrimeType> crimeTypes();
        @JsonProperty("occurredAt") abstract OffsetDateTime occurredAt();
        @JsonProperty("detectedAt") abstract OffsetDateTime detectedAt();
        @JsonProperty("reportedAt") abstract OffsetDateTime reportedAt();
        @JsonProperty("summary") abstract String summary();
        @JsonProperty("suspectedCyberAttack") abstract boolean suspectedCyberAttack();
        @JsonProperty("receivedBy") abstract Optional<PoliceDivision> receivedBy();
        @JsonProperty("sharedWith") abstract Set<PoliceDivision> sharedWith();
        @JsonProperty("reporter") abstract Optional<Contact> reporter();
        @JsonProperty("customerConsent") abstract Optional<Consent> customerConsent();
    }

    abstract static class IncidentReportBuilderMixIn {
        @JsonProperty("id") abstract Object id(String value);
        @JsonProperty("agreementId") abstract Object agreementId(String value);
        @JsonProperty("crimeTypes") abstract Object crimeTypes(Iterable<? extends CrimeType> value);
        @JsonProperty("occurredAt") abstract Object occurredAt(OffsetDateTime value);
        @JsonProperty("detectedAt") abstract Object detectedAt(OffsetDateTime value);
        @JsonProperty("reportedAt") abstract Object reportedAt(OffsetDateTime value);
        @JsonProperty("summary") abstract Object summary(String value);
        @JsonProperty("suspectedCyberAttack") abstract Object suspectedCyberAttack(boolean value);
        @JsonProperty("receivedBy") abstract Object receivedBy(Optional<? extends PoliceDivision> value);
        @JsonProperty("sharedWith") abstract Object sharedWith(Iterable<PoliceDivision> value);
        @JsonProperty("reporter") abstract Object reporter(Optional<? extends Contact> value);
        @JsonProperty("customerConsent") abstract Object customerConsent(Optional<? extends Consent> value);
    }

    abstract static class EvidenceRequestMixIn {
        @JsonProperty("id") abstract String id();
        @JsonProperty("agreementId") abstract String agreementId();
        @JsonProperty("incidentReportId") abstract Optional<String> incidentReportId();
        @JsonProperty("requestedAt") abstract OffsetDateTime requestedAt();
        @JsonProperty("evidenceItems") abstract List<String> evidenceItems();
        @JsonProperty("collectionMethod") abstract Optional<CollectionMethod> collectionMethod();
        @JsonProperty("businessImpactConsideration") abstract Optional<String> businessImpactConsideration();
        @JsonProperty("significanceExplanation") abstract Optional<Explanation> significanceExplanation();
    }

    abstract static class EvidenceRequestBuilderMixIn {
        @JsonProperty("id") abstract Object id(String value);
        @JsonProperty("agreementId") abstract Object agreementId(String value);
        @JsonProperty("incidentReportId") abstract Object incidentReportId(Optional<String> value);
        @JsonProperty("requestedAt") abstract Object requestedAt(OffsetDateTime value);
        @JsonProperty("evidenceItems") abstract Object evidenceItems(Iterable<String> value);
        @JsonProperty("collectionMethod") abstract Object collectionMethod(Optional<? extends CollectionMethod> value);
        @JsonProperty("businessImpactConsideration") abstract Object businessImpactConsideration(Optional<String> value);
        @JsonProperty("significanceExplanation") abstract Object significanceExplanation(Optional<? extends Explanation> value);
    }

    abstract static class PreventionReleaseMixIn {
        @JsonProperty("id") abstract String id();
        @JsonProperty("agreementId") abstract String agreementId();
        @JsonProperty("source") abstract InformationSource source();
        @JsonProperty("obtainedAt") abstract OffsetDateTime obtainedAt();
        @JsonProperty("releasedAt") abstract Optional<OffsetDateTime> releasedAt();
        @JsonProperty("content") abstract String content();
        @JsonProperty("hindranceChecks") abstract List<HindranceCheck> hindranceChecks();
    }

    abstract static class PreventionReleaseBuilderMixIn {
        @JsonProperty("id") abstract Object id(String value);
        @JsonProperty("agreementId") abstract Object agreementId(String value);
        @JsonProperty("source") abstract Object source(InformationSource value);
        @JsonProperty("obtainedAt") abstract Object obtainedAt(OffsetDateTime value);
        @JsonProperty("releasedAt") abstract Object releasedAt(Optional<? extends OffsetDateTime> value);
        @JsonProperty("content") abstract Object content(String value);
        @JsonProperty("hindranceChecks") abstract Object hindranceChecks(Iterable<? extends HindranceCheck> value);
    }

    abstract static class HindranceCheckMixIn {
        @JsonProperty("checkedAt") abstract OffsetDateTime checkedAt();
        @JsonProperty("checkerRole") abstract CheckerRole checkerRole();
        @JsonProperty("checkerName") abstract Optional<String> checkerName();
        @JsonProperty("conclusion") abstract HindranceConclusion conclusion();
    }

    abstract static class HindranceCheckBuilderMixIn {
        @JsonProperty("checkedAt") abstract Object checkedAt(OffsetDateTime value);
        @JsonProperty("checkerRole") abstract Object checkerRole(CheckerRole value);
        @JsonProperty("checkerName") abstract Object checkerName(Optional<String> value);
        @JsonProperty("conclusion") abstract Object conclusion(HindranceConclusion value);
    }
}
