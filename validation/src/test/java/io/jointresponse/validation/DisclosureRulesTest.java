package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.arrestPublication;
import static io.jointresponse.validation.Baseline.arrestPublicationBuilder;
import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.occurrencePublication;
import static io.jointresponse.validation.Baseline.occurrencePublicationBuilder;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;

import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Explanation;
import io.jointresponse.core.record.HeardOpinion;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisclosureRulesTest {

    @Test
    void baselinesKeepEveryRule() {
        clean(check(occurrencePublication()));
        clean(check(arrestPublication()));
    }

    @Nested
    class Dsc001 {
        @Test
        void publishingWithoutNecessityExplanation() {
            onlyError(check(occurrencePublicationBuilder().necessityExplanation(Optional.empty()).build()), "DSC-001", "/necessityExplanation");
        }

        @Test
        void publishingWithoutHindranceAssessment() {
            onlyError(check(occurrencePublicationBuilder().investigationHindranceAssessment(Optional.empty()).build()),
                    "DSC-001", "/investigationHindranceAssessment");
        }

        @Test
        void publishingWithoutDeterrentAssessment() {
            onlyError(check(occurrencePublicationBuilder().deterrentEffectAssessment(Optional.empty()).build()),
                    "DSC-001", "/deterrentEffectAssessment");
        }

        @Test
        void oneFindingPerMissingRecord() {
            exactly(check(occurrencePublicationBuilder().necessityExplanation(Optional.empty())
                            .investigationHindranceAssessment(Optional.empty()).deterrentEffectAssessment(Optional.empty()).build()),
                    "DSC-001 /deterrentEffectAssessment", "DSC-001 /investigationHindranceAssessment", "DSC-001 /necessityExplanation");
        }

        @Test
        void explainedAfterTheDecision() {
            OccurrencePublication d = occurrencePublication();
            onlyError(check(OccurrencePublication.builder().from(d).necessityExplanation(Explanation.at(d.decidedAt().plusSeconds(1))).build()),
                    "DSC-001", "/necessityExplanation/explainedAt");
        }

        @Test
        void assessedAfterTheDecision() {
            OccurrencePublication d = occurrencePublication();
            onlyError(check(OccurrencePublication.builder().from(d).deterrentEffectAssessment(Assessment.at(d.decidedAt().plusMinutes(1))).build()),
                    "DSC-001", "/deterrentEffectAssessment/assessedAt");
        }

        @Test
        void recordsAtExactlyTheDecisionKeepTheRule() {
            OccurrencePublication d = occurrencePublication();
            clean(check(OccurrencePublication.builder().from(d).necessityExplanation(Explanation.at(d.decidedAt()))
                    .investigationHindranceAssessment(Assessment.at(d.decidedAt()))
                    .deterrentEffectAssessment(Assessment.at(d.decidedAt())).build()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"WITHHOLD", "PENDING"})
        void notPublishingNeedsNoRecord(DisclosureOutcome outcome) {
            clean(check(occurrencePublicationBuilder().outcome(outcome).necessityExplanation(Optional.empty())
                    .investigationHindranceAssessment(Optional.empty()).deterrentEffectAssessment(Optional.empty()).build()));
        }
    }

    @Nested
    class Dsc002 {
        private OccurrencePublication.Builder withheld(DisclosureOutcome outcome) {
            return occurrencePublicationBuilder().outcome(outcome).targetsSpecifiedMany(true);
        }

        @ParameterizedTest
        @ValueSource(strings = {"WITHHOLD", "PENDING"})
        void withheldWithoutReasonIsWarned(DisclosureOutcome outcome) {
            onlyWarning(withheld(outcome).build(), "DSC-002", "/reason");
        }

        @Test
        void blankReasonIsNoReason() {
            onlyWarning(withheld(DisclosureOutcome.WITHHOLD).reason("  ").build(), "DSC-002", "/reason");
        }

        @Test
        void reasonOrPublishedModusOperandiKeepsTheRule() {
            clean(check(withheld(DisclosureOutcome.WITHHOLD).reason("捜査への支障が大きいため公表を遅らせる").build()));
            clean(check(withheld(DisclosureOutcome.WITHHOLD).modusOperandiPublished(true).build()));
            clean(check(withheld(DisclosureOutcome.WITHHOLD).targetsSpecifiedMany(false).build()));
        }
    }

    @Nested
    class Dsc003 {
        @Test
        void publishingWithoutPreventiveEffectExplanation() {
            onlyError(check(arrestPublicationBuilder().preventiveEffectExplanation(Optional.empty()).build()),
                    "DSC-003", "/preventiveEffectExplanation");
        }

        @Test
        void withholdingWithoutReassuranceExplanation() {
            onlyError(check(arrestPublicationBuilder().outcome(DisclosureOutcome.WITHHOLD).reassuranceExplanation(Optional.empty()).build()),
                    "DSC-003", "/reassuranceExplanation");
        }

        @Test
        void decidingWithoutHearingTheBusiness() {
            onlyError(check(arrestPublicationBuilder().businessOpinion(Optional.empty()).build()), "DSC-003", "/businessOpinion");
        }

        @Test
        void opinionHeardAfterTheDecision() {
            ArrestPublication d = arrestPublication();
            onlyError(check(ArrestPublication.builder().from(d).businessOpinion(HeardOpinion.at(d.decidedAt().plusSeconds(1))).build()),
                    "DSC-003", "/businessOpinion/heardAt");
        }

        @Test
        void explainedAfterTheDecision() {
            ArrestPublication d = arrestPublication();
            onlyError(check(ArrestPublication.builder().from(d).preventiveEffectExplanation(Explanation.at(at(5, 26, 10))).build()),
                    "DSC-003", "/preventiveEffectExplanation/explainedAt");
        }

        @Test
        void recordsAtExactlyTheDecisionKeepTheRule() {
            ArrestPublication d = arrestPublication();
            clean(check(ArrestPublication.builder().from(d).preventiveEffectExplanation(Explanation.at(d.decidedAt()))
                    .reassuranceExplanation(Explanation.at(d.decidedAt()))
                    .businessOpinion(HeardOpinion.at(d.decidedAt())).build()));
        }

        @Test
        void pendingDecisionIsNotYetChecked() {
            clean(check(arrestPublicationBuilder().outcome(DisclosureOutcome.PENDING).preventiveEffectExplanation(Optional.empty())
                    .reassuranceExplanation(Optional.empty()).businessOpinion(Optional.empty()).build()));
        }
    }
}
