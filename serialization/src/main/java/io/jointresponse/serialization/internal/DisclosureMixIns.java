package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Consent;
import io.jointresponse.core.record.Explanation;
import io.jointresponse.core.record.HeardOpinion;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Wire mix-ins of {@code io.jointresponse.core.disclosure}: the one polymorphic family of the wire
 * format. The sealed {@link DisclosureDecision} carries a {@code "type"} property with a logical
 * name; class names never travel and no default typing is enabled, so a payload can only ever
 * select one of the two subtypes named here.
 */
final class DisclosureMixIns {

    /** The property that names the subtype of a disclosure decision. */
    static final String TYPE_PROPERTY = "type";

    private DisclosureMixIns() {}

    static void register(MixInRegistry r) {
        r.addBase(DisclosureDecision.class, DisclosureDecisionMixIn.class);
        r.add(OccurrencePublication.class, OccurrencePublicationMixIn.class,
                OccurrencePublication.Builder.class, OccurrencePublicationBuilderMixIn.class);
        r.add(ArrestPublication.class, ArrestPublicationMixIn.class,
                ArrestPublication.Builder.class, ArrestPublicationBuilderMixIn.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_PROPERTY)
    @JsonSubTypes({
        @JsonSubTypes.Type(value = OccurrencePublication.class, name = "occurrencePublication"),
        @JsonSubTypes.Type(value = ArrestPublication.class, name = "arrestPublication")
    })
    abstract static class DisclosureDecisionMixIn {
        @JsonProperty("id") abstract String id();
        @JsonProperty("agreementId") abstract String agreementId();
        @JsonProperty("incidentReportId") abstract Optional<String> incidentReportId();
        @JsonProperty("outcome") abstract DisclosureOutcome outcome();
        @JsonProperty("decidedAt") abstract OffsetDateTime decidedAt();
        @JsonProperty("reason") abstract Optional<String> reason();
        @JsonProperty("businessConsent") abstract Optional<Consent> businessConsent();
    }

    /** Builder properties common to both decisions. */
    abstract static class DisclosureDecisionBuilderMixIn {
        @JsonProperty("id") abstract Object id(String value);
        @JsonProperty("agreementId") abstract Object agreementId(String value);
        @JsonProperty("incidentReportId") abstract Object incidentReportId(Optional<String> value);
        @JsonProperty("outcome") abstract Object outcome(DisclosureOutcome value);
        @JsonProperty("decidedAt") abstract Object decidedAt(OffsetDateTime value);
        @JsonProperty("reason") abstract Object reason(Optional<String> value);
        @JsonProperty("businessConsent") abstract Object businessConsent(Optional<? extends Consent> value);
    }

    @JsonTypeName("occurrencePublication")
    abstract static class OccurrencePublicationMixIn {
        @JsonProperty("necessityExplanation") abstract Optional<Explanation> necessityExplanation();
        @JsonProperty("investigationHindranceAssessment") abstract Optional<Assessment> investigationHindranceAssessment();
        @JsonProperty("deterrentEffectAssessment") abstract Optional<Assessment> deterrentEffectAssessment();
        @JsonProperty("targetsSpecifiedMany") abstract boolean targetsSpecifiedMany();
        @JsonProperty("modusOperandiPublished") abstract boolean modusOperandiPublished();
    }

    abstract static class OccurrencePublicationBuilderMixIn extends DisclosureDecisionBuilderMixIn {
        @JsonProperty("necessityExplanation") abstract Object necessityExplanation(Optional<? extends Explanation> value);
        @JsonProperty("investigationHindranceAssessment") abstract Object investigationHindranceAssessment(Optional<? extends Assessment> value);
        @JsonProperty("deterrentEffectAssessment") abstract Object deterrentEffectAssessment(Optional<? extends Assessment> value);
        @JsonProperty("targetsSpecifiedMany") abstract Object targetsSpecifiedMany(boolean value);
        @JsonProperty("modusOperandiPublished") abstract Object modusOperandiPublished(boolean value);
    }

    @JsonTypeName("arrestPublication")
    abstract static class ArrestPublicationMixIn {
        @JsonProperty("preventiveEffectExplanation") abstract Optional<Explanation> preventiveEffectExplanation();
        @JsonProperty("reassuranceExplanation") abstract Optional<Explanation> reassuranceExplanation();
        @JsonProperty("businessOpinion") abstract Optional<HeardOpinion> businessOpinion();
    }

    abstract static class ArrestPublicationBuilderMixIn extends DisclosureDecisionBuilderMixIn {
        @JsonProperty("preventiveEffectExplanation") abstract Object preventiveEffectExplanation(Optional<? extends Explanation> value);
        @JsonProperty("reassuranceExplanation") abstract Object reassuranceExplanation(Optional<? extends Explanation> value);
        @JsonProperty("businessOpinion") abstract Object businessOpinion(Optional<? extends HeardOpinion> value);
    }
}
