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

import io.jointresponse.core.prevention.CheckerRole;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.HindranceConclusion;
import io.jointresponse.core.prevention.ImmutablePreventionRelease;
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
    }

    @Nested
    class Inv002 {
        @Test
        void noSignificanceExplanationIsWarned() {
            onlyWarning(evidenceRequest().withSignificanceExplanation(Optional.empty()), "INV-002", "/significanceExplanation");
        }
    }

    @Nested
    class Prv001 {
        private HindranceCheck check(OffsetDateTime at, CheckerRole role, HindranceConclusion conclusion) {
            return HindranceCheck.builder().checkedAt(at).checkerRole(role).conclusion(conclusion).build();
        }

        @Test
        void releasedWithoutCheck() {
            onlyError(Expect.check(preventionRelease().withHindranceCheck(Optional.empty())), "PRV-001", "/hindranceCheck");
        }

        @Test
        void checkedByAnotherRole() {
            onlyError(Expect.check(preventionRelease().withHindranceCheck(check(at(5, 10, 15), CheckerRole.OTHER, HindranceConclusion.NO_HINDRANCE))),
                    "PRV-001", "/hindranceCheck/checkerRole");
        }

        @Test
        void checkedAfterRelease() {
            onlyError(Expect.check(preventionRelease().withHindranceCheck(
                    check(at(5, 11, 9).plusSeconds(1), CheckerRole.SENIOR_INVESTIGATOR, HindranceConclusion.NO_HINDRANCE))),
                    "PRV-001", "/hindranceCheck/checkedAt");
        }

        @Test
        void checkedAtTheMomentOfReleaseKeepsTheRule() {
            clean(Expect.check(preventionRelease().withHindranceCheck(
                    check(at(5, 11, 9), CheckerRole.SENIOR_INVESTIGATOR, HindranceConclusion.NO_HINDRANCE))));
        }

        @Test
        void releasedAlthoughItHinders() {
            onlyError(Expect.check(preventionRelease().withHindranceCheck(
                    check(at(5, 10, 15), CheckerRole.SENIOR_INVESTIGATOR, HindranceConclusion.HINDERS))),
                    "PRV-001", "/hindranceCheck/conclusion");
        }

        @Test
        void notYetReleasedNeedsNoCheck() {
            clean(Expect.check(preventionRelease().withReleasedAt(Optional.empty()).withHindranceCheck(Optional.empty())
                    .withObtainedAt(NOW.minusHours(1))));
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
            onlyWarning(obtained.withReleasedAt(at(5, 13, 9).plusSeconds(1)), "PRV-002", "/releasedAt");
        }

        @Test
        void unreleasedAtTheDelayKeepsTheRule() {
            clean(check(preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusHours(72))));
        }

        @Test
        void unreleasedOneSecondPastTheDelayIsWarned() {
            onlyWarning(preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusHours(72).minusSeconds(1)),
                    "PRV-002", "/releasedAt");
        }

        @Test
        void informationThatHindersIsRightlyHeldBack() {
            clean(check(preventionRelease().withReleasedAt(Optional.empty()).withObtainedAt(NOW.minusDays(30))
                    .withHindranceCheck(HindranceCheck.builder().checkedAt(NOW.minusDays(29))
                            .checkerRole(CheckerRole.SENIOR_INVESTIGATOR).conclusion(HindranceConclusion.HINDERS).build())));
        }

        @Test
        void theDelayIsAnOption() {
            JointResponseValidator day = JointResponseValidator.builder().clock(CLOCK).registerSuccessors(Baseline.SUCCESSORS)
                    .preventionReleaseDelay(Duration.ofHours(24)).build();
            exactly(day.validate(obtained.withReleasedAt(at(5, 11, 10))), "PRV-002 /releasedAt");
            clean(day.validate(obtained.withReleasedAt(at(5, 11, 9))));
        }
    }
}
