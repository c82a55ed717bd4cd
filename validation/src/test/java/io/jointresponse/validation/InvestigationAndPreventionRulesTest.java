package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.CLOCK;
import static io.jointresponse.validation.Baseline.NOW;
import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.evidenceRequest;
import static io.jointresponse.validation.Baseline.evidenceRequestBuilder;
import static io.jointresponse.validation.Baseline.preventionRelease;
import static io.jointresponse.validation.Baseline.preventionReleaseBuilder;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;

import io.jointresponse.core.prevention.CheckerRole;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.HindranceConclusion;
import io.jointresponse.core.prevention.PreventionRelease;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvestigationAndPreventionRulesTest {

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
    }

    @Nested
    class Inv002 {
        @Test
        void noSignificanceExplanationIsWarned() {
            onlyWarning(evidenceRequestBuilder().significanceExplanation(Optional.empty()).build(), "INV-002", "/significanceExplanation");
        }
    }

    @Nested
    class Prv001 {
        private HindranceCheck check(OffsetDateTime at, CheckerRole role, HindranceConclusion conclusion) {
            return HindranceCheck.builder().checkedAt(at).checkerRole(role).conclusion(conclusion).build();
        }

        @Test
        void releasedWithoutCheck() {
            onlyError(Expect.check(preventionReleaseBuilder().hindranceCheck(Optional.empty()).build()), "PRV-001", "/hindranceCheck");
        }

        @Test
        void checkedByAnotherRole() {
            onlyError(Expect.check(preventionReleaseBuilder()
                    .hindranceCheck(check(at(5, 10, 15), CheckerRole.OTHER, HindranceConclusion.NO_HINDRANCE)).build()),
                    "PRV-001", "/hindranceCheck/checkerRole");
        }

        @Test
        void checkedAfterRelease() {
            onlyError(Expect.check(preventionReleaseBuilder().hindranceCheck(
                    check(at(5, 11, 9).plusSeconds(1), CheckerRole.SENIOR_INVESTIGATOR, HindranceConclusion.NO_HINDRANCE)).build()),
                    "PRV-001", "/hindranceCheck/checkedAt");
        }

        @Test
        void checkedAtTheMomentOfReleaseKeepsTheRule() {
            clean(Expect.check(preventionReleaseBuilder().hindranceCheck(
                    check(at(5, 11, 9), CheckerRole.SENIOR_INVESTIGATOR, HindranceConclusion.NO_HINDRANCE)).build()));
        }

        @Test
        void releasedAlthoughItHinders() {
            onlyError(Expect.check(preventionReleaseBuilder().hindranceCheck(
                    check(at(5, 10, 15), CheckerRole.SENIOR_INVESTIGATOR, HindranceConclusion.HINDERS)).build()),
                    "PRV-001", "/hindranceCheck/conclusion");
        }

        @Test
        void notYetReleasedNeedsNoCheck() {
            clean(Expect.check(preventionReleaseBuilder().releasedAt(Optional.empty()).hindranceCheck(Optional.empty())
                    .obtainedAt(NOW.minusHours(1)).build()));
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
            onlyWarning(PreventionRelease.builder().from(obtained).releasedAt(at(5, 13, 9).plusSeconds(1)).build(), "PRV-002", "/releasedAt");
        }

        @Test
        void unreleasedAtTheDelayKeepsTheRule() {
            clean(check(preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusHours(72)).build()));
        }

        @Test
        void unreleasedOneSecondPastTheDelayIsWarned() {
            onlyWarning(preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusHours(72).minusSeconds(1)).build(),
                    "PRV-002", "/releasedAt");
        }

        @Test
        void informationThatHindersIsRightlyHeldBack() {
            clean(check(preventionReleaseBuilder().releasedAt(Optional.empty()).obtainedAt(NOW.minusDays(30))
                    .hindranceCheck(HindranceCheck.builder().checkedAt(NOW.minusDays(29))
                            .checkerRole(CheckerRole.SENIOR_INVESTIGATOR).conclusion(HindranceConclusion.HINDERS).build()).build()));
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
