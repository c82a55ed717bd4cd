package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Consent;
import io.jointresponse.core.record.Explanation;
import io.jointresponse.core.record.HeardOpinion;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Wire mix-ins of {@code io.jointresponse.core.record}. */
final class RecordMixIns {

    private RecordMixIns() {}

    static void register(MixInRegistry r) {
        r.add(Explanation.class, ExplanationMixIn.class, Explanation.Builder.class, ExplanationBuilderMixIn.class);
        r.add(Assessment.class, AssessmentMixIn.class, Assessment.Builder.class, AssessmentBuilderMixIn.class);
        r.add(HeardOpinion.class, HeardOpinionMixIn.class, HeardOpinion.Builder.class, HeardOpinionBuilderMixIn.class);
        r.add(Consent.class, ConsentMixIn.class, Consent.Builder.class, ConsentBuilderMixIn.class);
    }

    abstract static class ExplanationMixIn {
        @JsonProperty("explainedAt") abstract OffsetDateTime explainedAt();
        @JsonProperty("summary") abstract Optional<String> summary();
    }

    abstract static class ExplanationBuilderMixIn {
        @JsonProperty("explainedAt") abstract Object explainedAt(OffsetDateTime value);
        @JsonProperty("summary") abstract Object summary(Optional<String> value);
    }

    abstract static class AssessmentMixIn {
        @JsonProperty("assessedAt") abstract OffsetDateTime assessedAt();
        @JsonProperty("summary") abstract Optional<String> summary();
    }

    abstract static class AssessmentBuilderMixIn {
        @JsonProperty("assessedAt") abstract Object assessedAt(OffsetDateTime value);
        @JsonProperty("summary") abstract Object summary(Optional<String> value);
    }

    abstract static class HeardOpinionMixIn {
        @JsonProperty("heardAt") abstract OffsetDateTime heardAt();
        @JsonProperty("summary") abstract Optional<String> summary();
    }

    abstract static class HeardOpinionBuilderMixIn {
        @JsonProperty("heardAt") abstract Object heardAt(OffsetDateTime value);
        @JsonProperty("summary") abstract Object summary(Optional<String> value);
    }

    abstract static class ConsentMixIn {
        @JsonProperty("givenAt") abstract OffsetDateTime givenAt();
        @JsonProperty("summary") abstract Optional<String> summary();
    }

    abstract static class ConsentBuilderMixIn {
        @JsonProperty("givenAt") abstract Object givenAt(OffsetDateTime value);
        @JsonProperty("summary") abstract Object summary(Optional<String> value);
    }
}
