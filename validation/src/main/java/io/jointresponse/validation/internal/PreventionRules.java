package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.prevention.CheckerRole;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.HindranceConclusion;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.validation.ValidationOptions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The rules of damage-prevention information (notice 217, §5). */
final class PreventionRules {

    private PreventionRules() {}

    private static final String CHECKS = "hindranceChecks";

    /**
     * PRV-001: a release rests on the latest check no later than the release, which a senior
     * investigator made and which found no hindrance to the investigation or trial.
     */
    static final Rule<PreventionRelease> PRV_001 = Rule.of("PRV-001", ERROR, "A §5", PreventionRelease.class, (r, ctx, sink) -> {
        if (r.releasedAt().isEmpty()) {
            return;
        }
        List<HindranceCheck> checks = r.hindranceChecks();
        int latest = latestCheck(checks, r.releasedAt().get().toInstant());
        if (latest < 0) {
            if (checks.isEmpty()) {
                sink.report(JsonPointer.of(CHECKS));
            } else {
                sink.report("late", JsonPointer.of(CHECKS).append(earliestCheck(checks)).append("checkedAt"));
            }
            return;
        }
        HindranceCheck c = checks.get(latest);
        if (c.checkerRole() != CheckerRole.SENIOR_INVESTIGATOR) {
            sink.report("checker", JsonPointer.of(CHECKS).append(latest).append("checkerRole"));
        }
        if (c.conclusion() == HindranceConclusion.HINDERS) {
            sink.report("hinders", JsonPointer.of(CHECKS).append(latest).append("conclusion"));
        }
    }).variant("checker", ERROR).variant("late", ERROR).variant("hinders", ERROR)
            .note("Only a release (releasedAt present) is checked. Every check is kept; the release rests on the latest check no later than it (a check at the same instant as the release is in time; of checks at one instant, the last recorded), which must be a senior investigator's and find no hindrance. Earlier checks, such as one that held the information back, and later ones do not count against it. When every check is after the release, the earliest is reported as late.")
            .quote("なお、民間事業者に情報を提供する場合には、捜査幹部が捜査活動への支障の有無を事前に確認すること。");

    /**
     * PRV-002: released no later than the configured delay after it was obtained, or after a check
     * found that a hindrance had ended; or, while not released, the delay has not yet passed. While
     * the latest check says releasing would hinder the investigation or the trial, the information is
     * rightly held back, and nothing is warned.
     */
    static final Rule<PreventionRelease> PRV_002 = Rule.of("PRV-002", WARNING, "A §5", PreventionRelease.class, (r, ctx, sink) -> {
        Instant until = r.releasedAt().map(OffsetDateTime::toInstant).orElse(ctx.now());
        List<HindranceCheck> checks = r.hindranceChecks();
        int latest = latestCheck(checks, until);
        if (latest >= 0 && checks.get(latest).conclusion() == HindranceConclusion.HINDERS) {
            return;
        }
        Instant start = r.obtainedAt().toInstant();
        Instant cleared = clearedAt(checks, until);
        if (cleared != null && cleared.isAfter(start)) {
            start = cleared;
        }
        Instant deadline = start.plus(ctx.preventionReleaseDelay());
        if (until.isAfter(deadline)) {
            sink.report(r.releasedAt().isPresent() ? "" : "pending", JsonPointer.of("releasedAt"));
        }
    }).variant("pending", WARNING)
            .note("The notice says without delay (遅滞なく) and sets no number: the delay is an option, " + ValidationOptions.DEFAULT_PREVENTION_RELEASE_DELAY_HOURS + " hours by default, a prompt for a reviewer rather than a legal limit. Exactly the delay is not late. Information may be held back while releasing it would hinder the investigation or the trial (捜査活動やその後の公判維持に支障を及ぼさない限り): while the latest check (up to the release, or up to now) says so, nothing is warned, and once a later check finds no hindrance, the delay runs from that check.")
            .quote("このような情報については、捜査活動やその後の公判維持に支障を及ぼさない限り、遅滞なく民間事業者に伝達し、事業者によるサイバー犯罪抑止対策を促進すること。");

    /** Returns the index of the latest check no later than an instant (the last recorded of equal ones), or -1. */
    private static int latestCheck(List<HindranceCheck> checks, Instant until) {
        int latest = -1;
        for (int i = 0; i < checks.size(); i++) {
            Instant at = checks.get(i).checkedAt().toInstant();
            if (!at.isAfter(until) && (latest < 0 || !at.isBefore(checks.get(latest).checkedAt().toInstant()))) {
                latest = i;
            }
        }
        return latest;
    }

    /** Returns the index of the earliest check (the first recorded of equal ones); the list is not empty. */
    private static int earliestCheck(List<HindranceCheck> checks) {
        int earliest = 0;
        for (int i = 1; i < checks.size(); i++) {
            if (checks.get(i).checkedAt().isBefore(checks.get(earliest).checkedAt())) {
                earliest = i;
            }
        }
        return earliest;
    }

    /**
     * Returns when a hindrance ended: the earliest check finding none after the latest check that
     * found one, both no later than an instant; null when no check found a hindrance, or none cleared it.
     */
    private static Instant clearedAt(List<HindranceCheck> checks, Instant until) {
        Instant hindered = null;
        for (HindranceCheck c : checks) {
            Instant at = c.checkedAt().toInstant();
            if (c.conclusion() == HindranceConclusion.HINDERS && !at.isAfter(until) && (hindered == null || at.isAfter(hindered))) {
                hindered = at;
            }
        }
        if (hindered == null) {
            return null;
        }
        Instant cleared = null;
        for (HindranceCheck c : checks) {
            Instant at = c.checkedAt().toInstant();
            if (c.conclusion() == HindranceConclusion.NO_HINDRANCE && at.isAfter(hindered) && !at.isAfter(until)
                    && (cleared == null || at.isBefore(cleared))) {
                cleared = at;
            }
        }
        return cleared;
    }

    static List<Rule<?>> all() {
        return List.of(PRV_001, PRV_002);
    }
}
