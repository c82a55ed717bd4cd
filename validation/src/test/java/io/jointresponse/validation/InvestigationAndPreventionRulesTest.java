package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.evidenceRequestBuilder;
import static io.jointresponse.validation.Baseline.preventionReleaseBuilder;
import static io.jointresponse.validation.Baseline.CLOCK;
import static io.jointresponse.validation.Baseline.NOW;
import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.evidenceRequest;
import static io.jointresponse.validation.Baseline.preventionRelease;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.investigation.CollectionMethod;
import io.jointresponse.core.prevention.CheckerRole;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.HindranceConclusion;
import io.jointresponse.core.prevention.PreventionRelease;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InvestigationAndPreventionRulesTest {

    private static final Set<CollectionMethod> SPARING =
            EnumSet.of(CollectionMethod.COPY_INSTEAD_OF_SEIZURE, CollectionMethod.PRESERVATION_REQUEST, CollectionMethod.REMOTE_ACCESS_COPY);

    @Test
    void baselinesKeepEveryRule() {
        clean(check(evidenceRequest()));
        clean(check(preventionRelease()));
    }

    @Nested
    class Inv001 {
        @Test
        void noCollectionMethod() {
            onlyError(check(evidenceRequestBuilder().collectionMethod(Optional.empty()).build()), "INV-001", "/collectionMethod");
        }

        @Test
        void blankBusinessImpactConsideration() {
            onlyError(check(evidenceRequestBuilder().businessImpactConsideration(" ").build()), "INV-001", "/businessImpactConsideration");
        }

        @Test
        void bothMissingGiveTwoFindings() {
            exactly(check(evidenceRequestBuilder().collectionMethod(Optional.empty()).businessImpactConsideration(Optional.empty()).build()),
                    "INV-001 /businessImpactConsideration", "INV-001 /collectionMethod");
        }

        @ParameterizedTest
        @EnumSource(value = CollectionMethod.class, names = {"COPY_INSTEAD_OF_SEIZURE", "PRESERVATION_REQUEST", "REMOTE_ACCESS_COPY"})
        void aMethodThatSparesTheBusinessByDesignSaysHowByItself(CollectionMethod method) {
            clean(check(evidenceRequestBuilder().collectionMethod(method).businessImpactConsideration(Optional.empty()).build()));
        }

        @ParameterizedTest
        @EnumSource(value = CollectionMethod.class, names = {"COPY_INSTEAD_OF_SEIZURE", "PRESERVATION_REQUEST", "REMOTE_ACCESS_COPY"},
                mode = EnumSource.Mode.EXCLUDE)
        void anyOtherMethodRecordsHowItSparesTheBusiness(CollectionMethod method) {
            onlyError(check(evidenceRequestBuilder().collectionMethod(method).businessImpactConsideration(Optional.empty()).build()),
                    "INV-001", "/businessImpactConsideration");
        }

        @Test
        void exactlyTheThreeMethodsOfTheCodeOfCriminalProcedureSpareTheBusinessByDesign() {
            for (CollectionMethod method : CollectionMethod.values()) {
                assertThat(method.sparesBusinessByDesign()).as(method.name()).isEqualTo(SPARING.contains(method));
            }
            assertThat(CollectionMethod.COPY_INSTEAD_OF_SEIZURE.legalBasis()).contains("刑事訴訟法第110条の2");
            assertThat(CollectionMethod.PRESERVATION_REQUEST.legalBasis()).contains("刑事訴訟法第197条第3項");
            assertThat(CollectionMethod.REMOTE_ACCESS_COPY.legalBasis()).contains("刑事訴訟法第218条第2項");
        }
    }

    @Nested
    class Inv002 {
        @Test
        void noSignificanceExplanationIsWarned() {
            onlyWarning(evidenceRequestBuilder().significanceExplanation(Optional.empty()).build(), "INV-002", "/significanceExplanation");
        }
    }

    static HindranceCheck hindranceCheck(OffsetDateTime at, CheckerRole role, HindranceConclusion conclusion) {
        return HindranceCheck.builder().checkedAt(at).checkerRole(role).conclusion(conclusion).build();
    }

    static HindranceCheck senior(OffsetDateTime at, HindranceConclusion conclusion) {
        return hindranceCheck(at, CheckerRole.SENIOR_INVESTIGATOR, conclusion);
    }

    @Nested
    class Prv001 {
        private final PreventionRelease release = preventionRelease();

        @Test
        void releasedWithoutCheck() {
            onlyError(check(PreventionRelease.builder().from(release).hindranceChecks(List.of()).build()), "PRV-001", "/hindranceChecks");
        }

        @Test
        void checkedByAnotherRole() {
            onlyError(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(hindranceCheck(at(5, 10, 15), CheckerRole.OTHER, HindranceConclusion.NO_HINDRANCE))).build()),
                    "PRV-001", "/hindranceChecks/0/checkerRole");
        }

        @Test
        void everyCheckAfterTheReleaseReportsTheEarliestAsLate() {
            onlyError(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 12, 9), HindranceConclusion.NO_HINDRANCE), senior(at(5, 11, 9).plusSeconds(1), HindranceConclusion.NO_HINDRANCE))).build()),
                    "PRV-001", "/hindranceChecks/1/checkedAt");
        }

        @Test
        void checkedAtTheMomentOfReleaseKeepsTheRule() {
            clean(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 11, 9), HindranceConclusion.NO_HINDRANCE))).build()));
        }

        @Test
        void releasedAlthoughTheLatestCheckFindsItHinders() {
            onlyError(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 10, 12), HindranceConclusion.NO_HINDRANCE), senior(at(5, 10, 15), HindranceConclusion.HINDERS))).build()),
                    "PRV-001", "/hindranceChecks/1/conclusion");
        }

        @Test
        void heldBackThenClearedKeepsTheRule() {
            clean(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 10, 10), HindranceConclusion.HINDERS), senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE))).build()));
        }

        @Test
        void theLatestCheckCountsWhateverTheOrderRecorded() {
            clean(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE), senior(at(5, 10, 10), HindranceConclusion.HINDERS))).build()));
        }

        @Test
        void ofChecksAtOneInstantTheLastRecordedCounts() {
            onlyError(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE), senior(at(5, 10, 15), HindranceConclusion.HINDERS))).build()), "PRV-001", "/hindranceChecks/1/conclusion");
            clean(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 10, 15), HindranceConclusion.HINDERS), senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE))).build()));
        }

        @Test
        void aLaterCheckByAnotherRoleIsWhatTheReleaseRestsOn() {
            onlyError(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 10, 12), HindranceConclusion.NO_HINDRANCE), hindranceCheck(at(5, 10, 15), CheckerRole.OTHER, HindranceConclusion.NO_HINDRANCE))).build()),
                    "PRV-001", "/hindranceChecks/1/checkerRole");
        }

        @Test
        void checksAfterTheReleaseDoNotCountAgainstIt() {
            clean(check(PreventionRelease.builder().from(release).hindranceChecks(List.of(senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE), hindranceCheck(at(5, 12, 9), CheckerRole.OTHER, HindranceConclusion.HINDERS))).build()));
        }

        @Test
        void notYetReleasedNeedsNoCheck() {
            clean(check(PreventionRelease.builder().from(release).releasedAt(Optional.empty()).hindranceChecks(List.of()).obtainedAt(NOW.minusHours(1)).build()));
        }
    }

    @Nested
    class Prv002 {
        private final PreventionRelease obtained = preventionReleaseBuilder().obtainedAt(at(5, 10, 9)).build();

        @Test
        void releasedExactlyAtTheDelayKeepsTheRule() {
            clean(check(PreventionRelease.builder().from(obtained).releasedAt(at(5, 13, 9)).build()));
        }

        @Test
        void releasedOneSecondLaterIsWarned() {
            Finding f = onlyWarning(PreventionRelease.builder().from(obtained).releasedAt(at(5, 13, 9).plusSeconds(1)).build(), "PRV-002", "/releasedAt");
            assertThat(f.message()).isEqualTo(RuleCatalogue.find("PRV-002").orElseThrow().englishMessage());
        }

        @Test
        void aHindranceFoundAfterTheReleaseDoesNotMoveItsDelay() {
            clean(check(PreventionRelease.builder().from(obtained).hindranceChecks(List.of(senior(at(5, 10, 10), HindranceConclusion.HINDERS), senior(at(5, 20, 9), HindranceConclusion.NO_HINDRANCE), senior(at(5, 25, 9), HindranceConclusion.HINDERS)))
                    .releasedAt(at(5, 23, 9)).build()));
        }

        @Test
        void unreleasedAtTheDelayKeepsTheRule() {
            clean(check(preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusHours(72)).build()));
        }

        @Test
        void unreleasedOneSecondPastTheDelayIsWarned() {
            Finding f = onlyWarning(preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusHours(72).minusSeconds(1))
                    .hindranceChecks(List.of()).build(), "PRV-002", "/releasedAt");
            assertThat(f.message()).isEqualTo(RuleCatalogue.find("PRV-002").orElseThrow().variantMessages().get("pending")
                    .get(java.util.Locale.ENGLISH));
        }

        @Test
        void informationThatHindersIsRightlyHeldBack() {
            clean(check(preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusDays(30))
                    .hindranceChecks(List.of(senior(NOW.minusDays(29), HindranceConclusion.HINDERS))).build()));
        }

        @Test
        void heldBackUntilTheLatestCheckIsWhileItSaysSo() {
            clean(check(preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusDays(30))
                    .hindranceChecks(List.of(senior(NOW.minusDays(29), HindranceConclusion.NO_HINDRANCE), senior(NOW.minusDays(28), HindranceConclusion.HINDERS))).build()));
        }

        @Test
        void onceClearedTheDelayRunsFromTheClearingCheck() {
            PreventionRelease cleared = PreventionRelease.builder().from(obtained).hindranceChecks(List.of(senior(at(5, 10, 10), HindranceConclusion.HINDERS), senior(at(5, 20, 9), HindranceConclusion.NO_HINDRANCE))).build();
            clean(check(PreventionRelease.builder().from(cleared).releasedAt(at(5, 23, 9)).build()));
            onlyWarning(PreventionRelease.builder().from(cleared).releasedAt(at(5, 23, 9).plusSeconds(1)).build(), "PRV-002", "/releasedAt");
        }

        @Test
        void theFirstCheckAfterTheLatestHindranceIsWhenItCleared() {
            PreventionRelease cleared = PreventionRelease.builder().from(obtained).hindranceChecks(List.of(senior(at(5, 10, 10), HindranceConclusion.HINDERS), senior(at(5, 15, 9), HindranceConclusion.HINDERS), senior(at(5, 20, 9), HindranceConclusion.NO_HINDRANCE), senior(at(5, 21, 9), HindranceConclusion.NO_HINDRANCE))).build();
            clean(check(PreventionRelease.builder().from(cleared).releasedAt(at(5, 23, 9)).build()));
            onlyWarning(PreventionRelease.builder().from(cleared).releasedAt(at(5, 23, 10)).build(), "PRV-002", "/releasedAt");
        }

        @Test
        void theHindranceThatCountsIsTheLatestNotTheFirst() {
            PreventionRelease twice = PreventionRelease.builder().from(obtained).hindranceChecks(List.of(senior(at(5, 10, 10), HindranceConclusion.HINDERS), senior(at(5, 12, 9), HindranceConclusion.NO_HINDRANCE), senior(at(5, 15, 9), HindranceConclusion.HINDERS), senior(at(5, 20, 9), HindranceConclusion.NO_HINDRANCE))).build();
            clean(check(PreventionRelease.builder().from(twice).releasedAt(at(5, 23, 9)).build()));
            onlyWarning(PreventionRelease.builder().from(twice).releasedAt(at(5, 23, 10)).build(), "PRV-002", "/releasedAt");
        }

        @Test
        void unreleasedAfterTheHindranceEndedIsWarnedOnceTheDelayPasses() {
            PreventionRelease cleared = preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusDays(30))
                    .hindranceChecks(List.of(senior(NOW.minusDays(29), HindranceConclusion.HINDERS), senior(NOW.minusHours(72), HindranceConclusion.NO_HINDRANCE))).build();
            clean(check(cleared));
            onlyWarning(PreventionRelease.builder().from(cleared).hindranceChecks(List.of(senior(NOW.minusDays(29), HindranceConclusion.HINDERS), senior(NOW.minusHours(72).minusSeconds(1), HindranceConclusion.NO_HINDRANCE))).build(), "PRV-002", "/releasedAt");
        }

        @Test
        void aCheckDatedAfterNowDoesNotHoldBackYet() {
            onlyWarning(preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusDays(30))
                    .hindranceChecks(List.of(senior(NOW.plusDays(1), HindranceConclusion.HINDERS))).build(), "PRV-002", "/releasedAt");
        }

        @Test
        void aCheckClearingBeforeTheInformationWasObtainedLeavesTheDelayToTheObtaining() {
            onlyWarning(PreventionRelease.builder().from(obtained).hindranceChecks(List.of(senior(at(5, 1, 9), HindranceConclusion.HINDERS), senior(at(5, 2, 9), HindranceConclusion.NO_HINDRANCE))).releasedAt(at(5, 13, 10)).build(), "PRV-002", "/releasedAt");
        }

        @Test
        void theDelayIsAnOption() {
            JointResponseValidator day = JointResponseValidator.builder().clock(CLOCK).registerSuccessors(Baseline.SUCCESSORS)
                    .preventionReleaseDelay(Duration.ofHours(24)).build();
            exactly(day.validate(PreventionRelease.builder().from(obtained).releasedAt(at(5, 11, 10)).build()), "PRV-002 /releasedAt");
            clean(day.validate(PreventionRelease.builder().from(obtained).releasedAt(at(5, 11, 9)).build()));
        }
    }
}
