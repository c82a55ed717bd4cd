package io.jointresponse.validation;

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
import io.jointresponse.core.prevention.ImmutablePreventionRelease;
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
            onlyError(check(evidenceRequest().withCollectionMethod(Optional.empty())), "INV-001", "/collectionMethod");
        }

        @Test
        void blankBusinessImpactConsideration() {
            onlyError(check(evidenceRequest().withBusinessImpactConsideration(" ")), "INV-001", "/businessImpactConsideration");
        }

        @Test
        void bothMissingGiveTwoFindings() {
            exactly(check(evidenceRequest().withCollectionMethod(Optional.empty()).withBusinessImpactConsideration(Optional.empty())),
                    "INV-001 /businessImpactConsideration", "INV-001 /collectionMethod");
        }

        @ParameterizedTest
        @EnumSource(value = CollectionMethod.class, names = {"COPY_INSTEAD_OF_SEIZURE", "PRESERVATION_REQUEST", "REMOTE_ACCESS_COPY"})
        void aMethodThatSparesTheBusinessByDesignSaysHowByItself(CollectionMethod method) {
            clean(check(evidenceRequest().withCollectionMethod(method).withBusinessImpactConsideration(Optional.empty())));
        }

        @ParameterizedTest
        @EnumSource(value = CollectionMethod.class, names = {"COPY_INSTEAD_OF_SEIZURE", "PRESERVATION_REQUEST", "REMOTE_ACCESS_COPY"},
                mode = EnumSource.Mode.EXCLUDE)
        void anyOtherMethodRecordsHowItSparesTheBusiness(CollectionMethod method) {
            onlyError(check(evidenceRequest().withCollectionMethod(method).withBusinessImpactConsideration(Optional.empty())),
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
            onlyWarning(evidenceRequest().withSignificanceExplanation(Optional.empty()), "INV-002", "/significanceExplanation");
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
        private final ImmutablePreventionRelease release = preventionRelease();

        @Test
        void releasedWithoutCheck() {
            onlyError(check(release.withHindranceChecks(List.of())), "PRV-001", "/hindranceChecks");
        }

        @Test
        void checkedByAnotherRole() {
            onlyError(check(release.withHindranceChecks(hindranceCheck(at(5, 10, 15), CheckerRole.OTHER, HindranceConclusion.NO_HINDRANCE))),
                    "PRV-001", "/hindranceChecks/0/checkerRole");
        }

        @Test
        void everyCheckAfterTheReleaseReportsTheEarliestAsLate() {
            onlyError(check(release.withHindranceChecks(senior(at(5, 12, 9), HindranceConclusion.NO_HINDRANCE),
                    senior(at(5, 11, 9).plusSeconds(1), HindranceConclusion.NO_HINDRANCE))),
                    "PRV-001", "/hindranceChecks/1/checkedAt");
        }

        @Test
        void checkedAtTheMomentOfReleaseKeepsTheRule() {
            clean(check(release.withHindranceChecks(senior(at(5, 11, 9), HindranceConclusion.NO_HINDRANCE))));
        }

        @Test
        void releasedAlthoughTheLatestCheckFindsItHinders() {
            onlyError(check(release.withHindranceChecks(senior(at(5, 10, 12), HindranceConclusion.NO_HINDRANCE),
                    senior(at(5, 10, 15), HindranceConclusion.HINDERS))),
                    "PRV-001", "/hindranceChecks/1/conclusion");
        }

        @Test
        void heldBackThenClearedKeepsTheRule() {
            clean(check(release.withHindranceChecks(senior(at(5, 10, 10), HindranceConclusion.HINDERS),
                    senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE))));
        }

        @Test
        void theLatestCheckCountsWhateverTheOrderRecorded() {
            clean(check(release.withHindranceChecks(senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE),
                    senior(at(5, 10, 10), HindranceConclusion.HINDERS))));
        }

        @Test
        void ofChecksAtOneInstantTheLastRecordedCounts() {
            onlyError(check(release.withHindranceChecks(senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE),
                    senior(at(5, 10, 15), HindranceConclusion.HINDERS))), "PRV-001", "/hindranceChecks/1/conclusion");
            clean(check(release.withHindranceChecks(senior(at(5, 10, 15), HindranceConclusion.HINDERS),
                    senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE))));
        }

        @Test
        void aLaterCheckByAnotherRoleIsWhatTheReleaseRestsOn() {
            onlyError(check(release.withHindranceChecks(senior(at(5, 10, 12), HindranceConclusion.NO_HINDRANCE),
                    hindranceCheck(at(5, 10, 15), CheckerRole.OTHER, HindranceConclusion.NO_HINDRANCE))),
                    "PRV-001", "/hindranceChecks/1/checkerRole");
        }

        @Test
        void checksAfterTheReleaseDoNotCountAgainstIt() {
            clean(check(release.withHindranceChecks(senior(at(5, 10, 15), HindranceConclusion.NO_HINDRANCE),
                    hindranceCheck(at(5, 12, 9), CheckerRole.OTHER, HindranceConclusion.HINDERS))));
        }

        @Test
        void notYetReleasedNeedsNoCheck() {
            clean(check(release.withReleasedAt(Optional.empty()).withHindranceChecks(List.of()).withObtainedAt(NOW.minusHours(1))));
        }
    }

    @Nested
    class Prv002 {
        private final ImmutablePreventionRelease obtained = preventionRelease().withObtainedAt(at(5, 10, 9));

        @Test
        void releasedExactlyAtTheDelayKeepsTheRule() {
            clean(check(obtained.withReleasedAt(at(5, 13, 9))));
        }

        @Test
        void releasedOneSecondLaterIsWarned() {
            Finding f = onlyWarning(obtained.withReleasedAt(at(5, 13, 9).plusSeconds(1)), "PRV-002", "/releasedAt");
            assertThat(f.message()).isEqualTo(RuleCatalogue.find("PRV-002").orElseThrow().englishMessage());
        }

        @Test
        void aHindranceFoundAfterTheReleaseDoesNotMoveItsDelay() {
            clean(check(obtained.withHindranceChecks(senior(at(5, 10, 10), HindranceConclusion.HINDERS),
                    senior(at(5, 20, 9), HindranceConclusion.NO_HINDRANCE), senior(at(5, 25, 9), HindranceConclusion.HINDERS))
                    .withReleasedAt(at(5, 23, 9))));
        }

        @Test
        void unreleasedAtTheDelayKeepsTheRule() {
            clean(check(preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusHours(72))));
        }

        @Test
        void unreleasedOneSecondPastTheDelayIsWarned() {
            Finding f = onlyWarning(preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusHours(72).minusSeconds(1))
                    .withHindranceChecks(List.of()), "PRV-002", "/releasedAt");
            assertThat(f.message()).isEqualTo(RuleCatalogue.find("PRV-002").orElseThrow().variantMessages().get("pending")
                    .get(java.util.Locale.ENGLISH));
        }

        @Test
        void informationThatHindersIsRightlyHeldBack() {
            clean(check(preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusDays(30))
                    .withHindranceChecks(senior(NOW.minusDays(29), HindranceConclusion.HINDERS))));
        }

        @Test
        void heldBackUntilTheLatestCheckIsWhileItSaysSo() {
            clean(check(preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusDays(30))
                    .withHindranceChecks(senior(NOW.minusDays(29), HindranceConclusion.NO_HINDRANCE),
                            senior(NOW.minusDays(28), HindranceConclusion.HINDERS))));
        }

        @Test
        void onceClearedTheDelayRunsFromTheClearingCheck() {
            ImmutablePreventionRelease cleared = obtained.withHindranceChecks(senior(at(5, 10, 10), HindranceConclusion.HINDERS),
                    senior(at(5, 20, 9), HindranceConclusion.NO_HINDRANCE));
            clean(check(cleared.withReleasedAt(at(5, 23, 9))));
            onlyWarning(cleared.withReleasedAt(at(5, 23, 9).plusSeconds(1)), "PRV-002", "/releasedAt");
        }

        @Test
        void theFirstCheckAfterTheLatestHindranceIsWhenItCleared() {
            ImmutablePreventionRelease cleared = obtained.withHindranceChecks(senior(at(5, 10, 10), HindranceConclusion.HINDERS),
                    senior(at(5, 15, 9), HindranceConclusion.HINDERS), senior(at(5, 20, 9), HindranceConclusion.NO_HINDRANCE),
                    senior(at(5, 21, 9), HindranceConclusion.NO_HINDRANCE));
            clean(check(cleared.withReleasedAt(at(5, 23, 9))));
            onlyWarning(cleared.withReleasedAt(at(5, 23, 10)), "PRV-002", "/releasedAt");
        }

        @Test
        void theHindranceThatCountsIsTheLatestNotTheFirst() {
            ImmutablePreventionRelease twice = obtained.withHindranceChecks(senior(at(5, 10, 10), HindranceConclusion.HINDERS),
                    senior(at(5, 12, 9), HindranceConclusion.NO_HINDRANCE), senior(at(5, 15, 9), HindranceConclusion.HINDERS),
                    senior(at(5, 20, 9), HindranceConclusion.NO_HINDRANCE));
            clean(check(twice.withReleasedAt(at(5, 23, 9))));
            onlyWarning(twice.withReleasedAt(at(5, 23, 10)), "PRV-002", "/releasedAt");
        }

        @Test
        void unreleasedAfterTheHindranceEndedIsWarnedOnceTheDelayPasses() {
            ImmutablePreventionRelease cleared = preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusDays(30))
                    .withHindranceChecks(senior(NOW.minusDays(29), HindranceConclusion.HINDERS),
                            senior(NOW.minusHours(72), HindranceConclusion.NO_HINDRANCE));
            clean(check(cleared));
            onlyWarning(cleared.withHindranceChecks(senior(NOW.minusDays(29), HindranceConclusion.HINDERS),
                    senior(NOW.minusHours(72).minusSeconds(1), HindranceConclusion.NO_HINDRANCE)), "PRV-002", "/releasedAt");
        }

        @Test
        void aCheckDatedAfterNowDoesNotHoldBackYet() {
            onlyWarning(preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusDays(30))
                    .withHindranceChecks(senior(NOW.plusDays(1), HindranceConclusion.HINDERS)), "PRV-002", "/releasedAt");
        }

        @Test
        void aCheckClearingBeforeTheInformationWasObtainedLeavesTheDelayToTheObtaining() {
            onlyWarning(obtained.withHindranceChecks(senior(at(5, 1, 9), HindranceConclusion.HINDERS),
                    senior(at(5, 2, 9), HindranceConclusion.NO_HINDRANCE)).withReleasedAt(at(5, 13, 10)), "PRV-002", "/releasedAt");
        }

        @Test
        void theDelayIsAnOption() {
            JointResponseValidator day = JointResponseValidator.builder().clock(CLOCK).preventionReleaseDelay(Duration.ofHours(24)).build();
            exactly(day.validate(obtained.withReleasedAt(at(5, 11, 10))), "PRV-002 /releasedAt");
            clean(day.validate(obtained.withReleasedAt(at(5, 11, 9))));
        }
    }
}
