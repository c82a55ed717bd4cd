package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.arrestPublication;
import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.occurrencePublication;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;

import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.disclosure.ImmutableArrestPublication;
import io.jointresponse.core.disclosure.ImmutableOccurrencePublication;
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
            onlyError(check(occurrencePublication().withNecessityExplanation(Optional.empty())), "DSC-001", "/necessityExplanation");
        }

        @Test
        void publishingWithoutHindranceAssessment() {
            onlyError(check(occurrencePublication().withInvestigationHindranceAssessment(Optional.empty())),
                    "DSC-001", "/investigationHindranceAssessment");
        }

        @Test
        void publishingWithoutDeterrentAssessment() {
            onlyError(check(occurrencePublication().withDeterrentEffectAssessment(Optional.empty())), "DSC-001", "/deterrentEffectAssessment");
        }

        @Test
        void oneFindingPerMissingRecord() {
            exactly(check(occurrencePublication().withNecessityExplanation(Optional.empty())
                            .withInvestigationHindranceAssessment(Optional.empty()).withDeterrentEffectAssessment(Optional.empty())),
                    "DSC-001 /deterrentEffectAssessment", "DSC-001 /investigationHindranceAssessment", "DSC-001 /necessityExplanation");
        }

        @Test
        void explainedAfterTheDecision() {
            ImmutableOccurrencePublication d = occurrencePublication();
            onlyError(check(d.withNecessityExplanation(Explanation.at(d.decidedAt().plusSeconds(1)))),
                    "DSC-001", "/necessityExplanation/explainedAt");
        }

        @Test
        void assessedAfterTheDecision() {
            ImmutableOccurrencePublication d = occurrencePublication();
            onlyError(check(d.withDeterrentEffectAssessment(Assessment.at(d.decidedAt().plusMinutes(1)))),
                    "DSC-001", "/deterrentEffectAssessment/assessedAt");
        }

        @Test
        void recordsAtExactlyTheDecisionKeepTheRule() {
            ImmutableOccurrencePublication d = occurrencePublication();
            clean(check(d.withNecessityExplanation(Explanation.at(d.decidedAt()))
                    .withInvestigationHindranceAssessment(Assessment.at(d.decidedAt()))
                    .withDeterrentEffectAssessment(Assessment.at(d.decidedAt()))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"WITHHOLD", "PENDING"})
        void notPublishingNeedsNoRecord(DisclosureOutcome outcome) {
            clean(check(occurrencePublication().withOutcome(outcome).withNecessityExplanation(Optional.empty())
                    .withInvestigationHindranceAssessment(Optional.empty()).withDeterrentEffectAssessment(Optional.empty())));
        }
    }

    @Nested
    class Dsc002 {
        private ImmutableOccurrencePublication withheld(DisclosureOutcome outcome) {
            return occurrencePublication().withOutcome(outcome).withTargetsSpecifiedMany(true);
        }

        @ParameterizedTest
        @ValueSource(strings = {"WITHHOLD", "PENDING"})
        void withheldWithoutReasonIsWarned(DisclosureOutcome outcome) {
            onlyWarning(withheld(outcome), "DSC-002", "/reason");
        }

        @Test
        void blankReasonIsNoReason() {
            onlyWarning(withheld(DisclosureOutcome.WITHHOLD).withReason("  "), "DSC-002", "/reason");
        }

        @Test
        void reasonOrPublishedModusOperandiKeepsTheRule() {
            clean(check(withheld(DisclosureOutcome.WITHHOLD).withReason("捜査への支障が大きいため公表を遅らせる")));
            clean(check(withheld(DisclosureOutcome.WITHHOLD).withModusOperandiPublished(true)));
            clean(check(withheld(DisclosureOutcome.WITHHOLD).withTargetsSpecifiedMany(false)));
        }
    }

    @Nested
    class Dsc003 {
        @Test
        void publishingWithoutPreventiveEffectExplanation() {
            onlyError(check(arrestPublication().withPreventiveEffectExplanation(Optional.empty())), "DSC-003", "/preventiveEffectExplanation");
        }

        @Test
        void withholdingWithoutReassuranceExplanation() {
            onlyError(check(arrestPublication().withOutcome(DisclosureOutcome.WITHHOLD).withReassuranceExplanation(Optional.empty())),
                    "DSC-003", "/reassuranceExplanation");
        }

        @Test
        void decidingWithoutHearingTheBusiness() {
            onlyError(check(arrestPublication().withBusinessOpinion(Optional.empty())), "DSC-003", "/businessOpinion");
        }

        @Test
        void opinionHeardAfterTheDecision() {
            ImmutableArrestPublication d = arrestPublication();
            onlyError(check(d.withBusinessOpinion(HeardOpinion.at(d.decidedAt().plusSeconds(1)))), "DSC-003", "/businessOpinion/heardAt");
        }

        @Test
        void explainedAfterTheDecision() {
            ImmutableArrestPublication d = arrestPublication();
            onlyError(check(d.withPreventiveEffectExplanation(Explanation.at(at(5, 26, 10)))),
                    "DSC-003", "/preventiveEffectExplanation/explainedAt");
        }

        @Test
        void recordsAtExactlyTheDecisionKeepTheRule() {
            ImmutableArrestPublication d = arrestPublication();
            clean(check(d.withPreventiveEffectExplanation(Explanation.at(d.decidedAt()))
                    .withReassuranceExplanation(Explanation.at(d.decidedAt()))
                    .withBusinessOpinion(HeardOpinion.at(d.decidedAt()))));
        }

        @Test
        void pendingDecisionIsNotYetChecked() {
            clean(check(arrestPublication().withOutcome(DisclosureOutcome.PENDING).withPreventiveEffectExplanation(Optional.empty())
                    .withReassuranceExplanation(Optional.empty()).withBusinessOpinion(Optional.empty())));
        }
    }
}
